package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.agendaplanner.Datasets;
import org.agendaplanner.render.AnnexLanguage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Given the solved seed, when {@code agenda render --format docx -o OUT} writes it in a language, then Word's own
 * reader (POI) opens the document, and its table has the annex's heads, day headings, times and continued marks.
 */
class WordDocumentTest {

    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 17);
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 18);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnnexLanguage.class)
    void writesTheAnnexTableInEveryLanguage(AnnexLanguage language) throws Exception {
        var document = render(language.code());

        try (var word = open(document)) {
            assertEquals(1, word.getTables().size());
            var rows = texts(word.getTables().get(0));
            assertEquals(List.of(language.dateAndTimeHeading(), language.agendaItemHeading(), language.titleHeading()),
                    rows.get(0), "the column heads");
            assertTrue(word.getTables().get(0).getRow(0).isRepeatHeader(), "the heads repeat on every page");
            assertTrue(rows.contains(List.of(language.dayHeading(TUESDAY))), "a full-width row for Tuesday: " + rows);
            assertTrue(rows.contains(List.of(language.dayHeading(WEDNESDAY))), "and for Wednesday: " + rows);
            // Item 2 continues on Tuesday afternoon, item 3 on Wednesday afternoon: two continued rows.
            long continued = rows.stream().filter(row -> row.size() == 3 && row.get(2).endsWith(language.continuedMarker()))
                    .count();
            assertEquals(2, continued, "the continued marker " + language.continuedMarker() + ": " + rows);
            var xml = documentXml(document);
            assertEquals(language.rightToLeft(), xml.contains("<w:bidi/>"), "paragraphs right to left in Arabic only");
            assertEquals(language.rightToLeft(), xml.contains("<w:bidiVisual/>"), "and the table");
            assertEquals(language.rightToLeft(), xml.contains("<w:rtl/>"), "and the runs");
        }
    }

    @Test
    void printsOnA4PortraitAsTheAnnexIsIssued() throws Exception {
        try (var word = open(render("ru"))) {
            var page = word.getDocument().getBody().getSectPr().getPgSz();
            // A4 in twentieths of a point, upright: a secretariat's paper and orientation, whatever Word's default.
            assertEquals("11906 16838 portrait", page.getW() + " " + page.getH() + " " + page.getOrient());
        }
    }

    @Test
    void writesTheSeedsChineseTimesInTheEastAsianFont() throws Exception {
        var document = render("zh");

        try (var word = open(document)) {
            var rows = texts(word.getTables().get(0));
            assertTrue(rows.contains(List.of("上午10时至下午1时", "1(a)", "会议开幕")), rows.toString());
            assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("下午3时至6时")), rows.toString());
        }
        var xml = documentXml(document);
        assertTrue(xml.contains("w:eastAsia=\"SimSun\""), "Chinese text is declared East Asian");
        assertTrue(xml.contains("w:eastAsia=\"zh-CN\""), "and Chinese for the spelling checker");
    }

    @Test
    void declaresTheArabicComplexScriptFont() throws Exception {
        var xml = documentXml(render("ar"));

        assertTrue(xml.contains("w:cs=\"Simplified Arabic\""), "Arabic is set in a complex-script font");
        assertTrue(xml.contains("w:bidi=\"ar-SA\""), "and marked Arabic");
        assertTrue(xml.contains("<w:t>10:00-13:00</w:t>"), "times keep their left-to-right hyphen form");
    }

    @Test
    void isTheSameBytesEveryTime() throws Exception {
        var first = render("fr");
        var again = directory.resolve("again.docx");
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", "fr", "--format", "docx",
                "-o", again.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    }

    @Test
    void refusesToPrintADocumentAndSaysWhereToWriteIt() {
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", "ar", "--format", "docx");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Fix: add -o seed.solved.ar.docx"), run.err());
    }

    @Test
    void solveWritesTheDocumentBesideTheSolvedFile() throws Exception {
        var solved = directory.resolve("seed.solved.json");

        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", solved.toString(), "--quiet",
                "--lang", "zh", "--format", "docx");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var document = directory.resolve("seed.solved.zh.docx");
        assertTrue(run.out().contains("Wrote " + solved + ", " + document), run.out());
        assertFalse(run.out().contains("PK"), "no document bytes on standard output");
        try (var word = open(document)) {
            assertTrue(texts(word.getTables().get(0)).stream().anyMatch(row -> row.get(0).equals("下午3时至6时")));
        }
    }

    private Path render(String language) {
        var document = directory.resolve("seed." + language + ".docx");
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", language, "--format", "docx",
                "-o", document.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        return document;
    }

    private static XWPFDocument open(Path document) throws Exception {
        try (InputStream in = Files.newInputStream(document)) {
            return new XWPFDocument(in);
        }
    }

    /** The table as text, row by row and cell by cell. */
    private static List<List<String>> texts(XWPFTable table) {
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList())
                .toList();
    }

    /** The document's body as Word stores it. */
    private static String documentXml(Path document) throws Exception {
        try (var zip = new ZipFile(document.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
