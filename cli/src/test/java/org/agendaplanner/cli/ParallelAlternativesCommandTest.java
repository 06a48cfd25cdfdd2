package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --alternatives N --parallel P}: the same files whatever P, progress named by alternative. */
class ParallelAlternativesCommandTest {

    @TempDir
    Path directory;

    @Test
    void theSameAlternativesWhateverTheParallelism() throws Exception {
        var meeting = Datasets.directory().resolve("commission-5day-2021.json").toString();

        var oneAtATime = CommandRun.of("solve", meeting, "-o", directory.resolve("one.json").toString(),
                "--alternatives", "3", "--parallel", "1", "--unimproved-steps", "1000");
        var sideBySide = CommandRun.of("solve", meeting, "-o", directory.resolve("two.json").toString(),
                "--alternatives", "3", "--parallel", "2", "--unimproved-steps", "1000");

        assertEquals(ExitCodes.OK, oneAtATime.exitCode(), oneAtATime.err());
        assertEquals(ExitCodes.OK, sideBySide.exitCode(), sideBySide.err());
        for (int k = 1; k <= 3; k++) {
            assertArrayEquals(Files.readAllBytes(directory.resolve("one-" + k + ".json")),
                    Files.readAllBytes(directory.resolve("two-" + k + ".json")), "alternative " + k);
        }
        assertTrue(sideBySide.err().contains("  alternative 2, best so far after "), sideBySide.err());
    }

    @Test
    void refusesParallelismBelowOne() {
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", directory.resolve("out.json").toString(),
                "--alternatives", "2", "--parallel", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--parallel takes 1 or more, not 0."), run.err());
    }
}
