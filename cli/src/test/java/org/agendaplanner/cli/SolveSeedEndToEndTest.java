package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the seed meeting (CTOC/COP/WG.6/2020/1), when solved through the command line, then the programme is
 * its annex: item 2 fills Tuesday, item 3 starts fresh on Wednesday, items 4 and 5 close Wednesday afternoon.
 */
class SolveSeedEndToEndTest {

    /** The annex, session by session: each item taken up, and "+" for a continued one. */
    private static final Map<String, List<String>> ANNEX = new LinkedHashMap<>();

    static {
        ANNEX.put("tue-am", List.of("1a", "1b", "2"));
        ANNEX.put("tue-pm", List.of("2+"));
        ANNEX.put("wed-am", List.of("3"));
        ANNEX.put("wed-pm", List.of("3+", "4", "5"));
    }

    @TempDir
    Path directory;

    @Test
    void solvesTheSeedIntoItsAnnex() throws Exception {
        var output = directory.resolve("out.json");
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Score: 0hard/0medium/"), run.out());
        assertEquals(ANNEX, sessionsOf(output));
        assertTableLayout(run.out());
        assertEquals("", run.err(), "--quiet prints no progress");
    }

    @Test
    void solvedFileIsAcceptedByValidate() throws Exception {
        var output = directory.resolve("out.json");
        assertEquals(ExitCodes.OK, CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(),
                "--quiet").exitCode());

        var solved = MeetingReader.read(output);
        assertTrue(solved.programme().score().startsWith("0hard/0medium/"));
        assertEquals(6, solved.programme().items().size(), "every item has a start");
        assertTrue(solved.programme().segments().stream().anyMatch(segment -> segment.continued()));
        var validate = CommandRun.of("validate", output.toString());
        assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
    }

    @Test
    void printsTheChineseTableAsTheSeedAnnexWritesIt() {
        var output = directory.resolve("out.json");
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(), "--quiet", "--lang", "zh");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var lines = run.out().lines().toList();
        assertTrue(lines.contains("3月17日，星期二"), run.out());
        assertTrue(lines.contains("3月18日，星期三"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("上午10时至下午1时  1(a)      会议开幕")), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("下午3时至6时       2 ")), run.out());
        assertTrue(run.out().contains("应对能力（续）"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.contains("5         通过报告")), run.out());
    }

    @Test
    void sameSeedGivesTheSameFileByteForByte() throws Exception {
        var first = directory.resolve("first.json");
        var second = directory.resolve("second.json");
        CommandRun.of("solve", Datasets.seed().toString(), "-o", first.toString(), "--quiet", "--seed", "7");
        CommandRun.of("solve", Datasets.seed().toString(), "-o", second.toString(), "--quiet", "--seed", "7");

        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void refusesToOverwriteItsInput() throws Exception {
        var input = directory.resolve("meeting.json");
        Files.copy(Datasets.seed(), input);
        var before = Files.readString(input);

        var run = CommandRun.of("solve", input.toString(), "-o", input.toString(), "--quiet");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--force"), run.err());
        assertEquals(before, Files.readString(input));
    }

    @Test
    void showsProgressUnlessQuiet() {
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", directory.resolve("out.json").toString());

        assertTrue(run.err().contains("best so far after "), run.err());
        assertTrue(run.err().contains(": every item placed (score 0hard/0medium/"), run.err());
    }

    private static Map<String, List<String>> sessionsOf(Path solvedFile) throws Exception {
        var solved = MeetingReader.read(solvedFile);
        var sessions = new LinkedHashMap<String, List<String>>();
        for (var segment : solved.programme().segments()) {
            sessions.computeIfAbsent(segment.session(), session -> new ArrayList<>())
                    .add(segment.item() + (segment.continued() ? "+" : ""));
        }
        return sessions;
    }

    /** Day headings, session times in the first column, items in order, "(continued)" where the annex has it. */
    private static void assertTableLayout(String table) {
        var rows = table.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("-"))
                .filter(line -> !line.startsWith(" ".repeat(30))) // the wrapped rest of a long title
                .map(line -> line.strip().replaceAll(" {2,}", " "))
                .toList();
        var expected = List.of(
                "Tuesday, 17 March",
                "10 a.m.–1 p.m. 1 (a) Opening of the meeting",
                "1 (b) Adoption of the agenda and organization of work",
                "2 Responsiveness of the Firearms Protocol",
                "3–6 p.m. 2 Responsiveness of the Firearms Protocol",
                "Wednesday, 18 March",
                "10 a.m.–1 p.m. 3 Investigative and prosecutorial approaches",
                "3–6 p.m. 3 Investigative and prosecutorial approaches",
                "4 Other matters",
                "5 Adoption of the report");
        int first = rows.indexOf("Tuesday, 17 March");
        assertTrue(first > 0, table);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(rows.get(first + i).startsWith(expected.get(i)), "row " + i + " of\n" + table);
        }
        assertEquals(2, table.split("\\(continued\\)", -1).length - 1, "items 2 and 3 are continued once each");
        assertFalse(table.contains("[en]"), "every title exists in English");
    }
}
