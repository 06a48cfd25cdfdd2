package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner's first meeting, from a blank folder: the agenda from a spreadsheet, `agenda new`, `agenda solve`,
 * `agenda render` as text and as the Arabic Word annex, each through the command line, each exiting 0.
 */
class StartAMeetingEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void fromASpreadsheetToTheOrganizationOfWork() throws Exception {
        var items = Files.writeString(folder.resolve("items.csv"), NewCommandTest.ITEMS_CSV);
        var meeting = folder.resolve("m.yaml");
        var solved = folder.resolve("m.solved.yaml");

        var started = CommandRun.of("new", "--title", "Conference of the Parties, first session", "--from",
                "2027-03-16", "--days", "3", "--bodies", "plenary,cow", "--items", items.toString(), "-o",
                meeting.toString());
        assertEquals(ExitCodes.OK, started.exitCode(), started.err());

        // Fewer unimproved steps than the default keep the test short; the programme is feasible long before.
        var solve = CommandRun.of("solve", meeting.toString(), "-o", solved.toString(), "--quiet",
                "--unimproved-steps", "500");
        assertEquals(ExitCodes.OK, solve.exitCode(), solve.err() + solve.out());
        assertTrue(Files.readString(solved).startsWith("format: agenda-planner/1\n"), "YAML out");
        assertEquals(8, MeetingReader.read(solved).programme().items().size());

        var render = CommandRun.of("render", solved.toString());
        assertEquals(ExitCodes.OK, render.exitCode(), render.err());
        assertTrue(render.out().startsWith("Conference of the Parties, first session\n"), render.out());
        assertTrue(render.out().contains("Tuesday, 16 March"), render.out());
        assertTrue(render.out().contains("Review of implementation, including national reports (continued)"),
                render.out());
        assertTrue(render.out().contains("Adoption of the report"), render.out());

        var annex = folder.resolve("m.ar.docx");
        var word = CommandRun.of("render", solved.toString(), "--lang", "ar", "--format", "docx", "-o",
                annex.toString());
        assertEquals(ExitCodes.OK, word.exitCode(), word.err());
        try (var in = Files.newInputStream(annex); var document = new XWPFDocument(in)) {
            assertEquals(1, document.getTables().size(), "the annex table");
            var heads = document.getTables().get(0).getRow(0).getTableCells().stream()
                    .map(cell -> cell.getText()).toList();
            assertEquals(List.of("التاريخ والوقت", "الهيئة", "البند من جدول الأعمال", "العنوان أو الوصف"), heads,
                    "Arabic column heads, the body in its own column for two bodies");
            assertTrue(document.getTables().get(0).getText().contains("(تابع)"), "an item continued, in Arabic");
        }
        try (var zip = new ZipFile(annex.toFile())) {
            var xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains("<w:bidi/>"), "paragraphs right to left");
            assertTrue(xml.contains("<w:bidiVisual/>"), "the table right to left");
            assertTrue(xml.contains("<w:rtl/>"), "the runs right to left");
        }
    }
}
