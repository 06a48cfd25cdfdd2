package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No command writes over its input, whichever of its outputs it would be (solve's OUT, or OUT-1, OUT-2 with
 * --alternatives; render's OUT) and however the paths are spelt: relative, absolute, with "./", through a symbolic
 * link or a hard link. The input's bytes stay as they were.
 */
class NeverOverwriteInputTest {

    @TempDir
    Path directory;

    /** Ways to name the same file. */
    static Stream<Arguments> spellings() {
        Function<Path, Path> absolute = Path::toAbsolutePath;
        Function<Path, Path> relative = path -> Path.of("").toAbsolutePath().relativize(path.toAbsolutePath());
        Function<Path, Path> dotSlash = path -> Path.of(".").resolve(relative.apply(path));
        return Stream.of(Arguments.of("absolute", absolute), Arguments.of("relative", relative),
                Arguments.of("./relative", dotSlash));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void alternativesNeverOverwriteTheInput(String spelling, Function<Path, Path> spell) throws Exception {
        var input = directory.resolve("plan-1.json");
        Files.copy(Datasets.seed(), input);
        var before = Files.readAllBytes(input);

        var run = CommandRun.of("solve", spell.apply(input).toString(), "-o",
                spell.apply(directory.resolve("plan.json")).toString(), "--alternatives", "2", "--quiet");

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("plan-1.json is the input file; it would be overwritten. Give another -o, or "
                + "add --force to replace it."), run.err());
        assertArrayEquals(before, Files.readAllBytes(input));
        assertEquals(1, countFiles(), "nothing else written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void aLinkToTheInputIsTheInput(String kind, boolean symbolic) throws Exception {
        var input = directory.resolve("meeting.json");
        Files.copy(Datasets.seed(), input);
        var before = Files.readAllBytes(input);
        var link = directory.resolve("out-2.json");
        if (symbolic) {
            Files.createSymbolicLink(link, input);
        } else {
            Files.createLink(link, input);
        }

        var solve = CommandRun.of("solve", input.toString(), "-o", directory.resolve("out.json").toString(),
                "--alternatives", "2", "--quiet");
        var render = CommandRun.of("render", input.toString(), "-o", link.toString());

        assertEquals(ExitCodes.USAGE, solve.exitCode(), solve.out() + solve.err());
        assertTrue(solve.err().contains("out-2.json is the input file"), solve.err());
        assertEquals(ExitCodes.USAGE, render.exitCode(), render.out() + render.err());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    static Stream<Arguments> links() {
        return Stream.of(Arguments.of("symbolic link", true), Arguments.of("hard link", false));
    }

    /** With --force the planner asked for it: the input is replaced by the solved file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void forceAllowsIt(String spelling, Function<Path, Path> spell) throws Exception {
        var input = directory.resolve("plan-1.json");
        Files.copy(Datasets.seed(), input);

        var run = CommandRun.of("solve", spell.apply(input).toString(), "-o",
                spell.apply(directory.resolve("plan.json")).toString(), "--alternatives", "2", "--quiet", "--force");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(MeetingReader.read(input).programme() != null, "the input now holds the first alternative");
    }

    private long countFiles() throws Exception {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }
}
