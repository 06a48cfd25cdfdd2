package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A weight above {@code Rules.MAX_WEIGHT} is refused on the command line as in a file (the file: the corpus). */
class WeightLimitTest {

    @TempDir
    Path directory;

    @Test
    void aScenarioWeightAboveTheLimitIsAUsageError() {
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(), "--quiet",
                "--set", "weights.idleTime=2147483647");

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("weights.idleTime takes a weight from 0 to 1000, not 2147483647."), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void theLargestWeightSolves() {
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", output.toString(), "--quiet",
                "--set", "weights.idleTime=1000", "--set", "weights.unusedTimeBeforeLaterItems=1000");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(output));
    }
}
