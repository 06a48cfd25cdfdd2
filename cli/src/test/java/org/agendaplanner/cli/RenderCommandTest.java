package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda render} through the command line: what it prints, where it writes, and how it refuses. */
class RenderCommandTest {

    @TempDir
    Path directory;

    @Test
    void printsTheChineseTableWithTheSeedAnnexsWordingAndLayout() {
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", "zh");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var lines = run.out().lines().toList();
        // Time column 17 cells wide (上午10时至下午1时: 7 wide characters and 2 digits), item column 8 (议程项目).
        assertEquals(List.of(
                "枪支问题工作组第七次会议",
                "",
                "日期和时间         议程项目  标题或说明",
                "-----------------  --------  ----------------------------------------------------------------",
                "3月17日，星期二",
                "上午10时至下午1时  1(a)      会议开幕",
                "                   1(b)      通过议程和工作安排",
                "                   2         《枪支议定书》和国家立法对非法制造和贩运枪支及其零部件和弹药所涉",
                "                             新的和正在出现的威胁的应对能力",
                "下午3时至6时       2         《枪支议定书》和国家立法对非法制造和贩运枪支及其零部件和弹药所涉",
                "                             新的和正在出现的威胁的应对能力（续）",
                "3月18日，星期三",
                "上午10时至下午1时  3         在法域内和跨法域打击非法贩运枪支和相关形式犯罪的调查办法和起诉办",
                "                             法",
                "下午3时至6时       3         在法域内和跨法域打击非法贩运枪支和相关形式犯罪的调查办法和起诉办",
                "                             法（续）",
                "                   4         其他事项",
                "                   5         通过报告"), lines);
    }

    @Test
    void writesTheOutputFileInsteadOfPrinting() throws Exception {
        var page = directory.resolve("seed.html");

        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--format", "html", "-o", page.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
        assertTrue(run.err().contains("Wrote " + page), run.err());
    }

    @Test
    void refusesAFileWithoutProgrammeAndSaysToSolveFirst() {
        var run = CommandRun.of("render", Datasets.seed().toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("no programme"), run.err());
        assertTrue(run.err().contains("agenda solve"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesAnUnknownFormatOrLanguageAsAUsageError() {
        var format = CommandRun.of("render", SolvedSeed.file().toString(), "--format", "pdf");
        var language = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", "de");

        assertEquals(ExitCodes.USAGE, format.exitCode());
        assertTrue(format.err().contains("text, md, csv, json, html"), format.err());
        assertEquals(ExitCodes.USAGE, language.exitCode());
    }

    @Test
    void refusesToOverwriteItsInput() throws Exception {
        var solved = directory.resolve("solved.json");
        Files.copy(SolvedSeed.file(), solved);

        var run = CommandRun.of("render", solved.toString(), "--format", "html", "-o", solved.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(Files.readString(SolvedSeed.file()), Files.readString(solved));
    }

    @Test
    void solvePrintsTheFormatAskedFor() {
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--format", "md");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("| Date and time | Agenda item | Title or description |"), run.out());
    }
}
