package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --unimproved-steps}: a count of 1 or more, or, left out, one that grows with the meeting. */
class UnimprovedStepsTest {

    @TempDir
    Path directory;

    @Test
    void solveRefusesFewerThanOneStepWithoutWritingAnything() {
        var output = directory.resolve("out.json");
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(), "--unimproved-steps", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--unimproved-steps takes 1 or more, not 0."), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void replanRefusesFewerThanOneStep() throws Exception {
        var replanned = directory.resolve("replanned.json");
        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00", "-o",
                replanned.toString(), "--unimproved-steps", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--unimproved-steps takes 1 or more, not 0."), run.err());
        assertFalse(Files.exists(replanned));
    }

    @Test
    void theHelpSaysHowTheDefaultGrowsWithTheMeeting() {
        var run = CommandRun.of("solve", "--help");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("default: 5000, or 100 per item when that is more"),
                run.out());
    }
}
