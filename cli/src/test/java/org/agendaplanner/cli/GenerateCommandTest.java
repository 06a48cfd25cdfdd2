package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path directory;

    @Test
    void writesAValidMeetingNamedAfterItsSizeAndPrintsThePath() throws Exception {
        var run = CommandRun.of("generate", "--days", "3", "--bodies", "2", "--items", "20", "--seed", "7",
                "--directory", directory.toString());

        var expected = directory.resolve("generated-3days-2bodies-20items-seed7.json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(expected.toString(), run.out().strip());
        assertEquals(20, MeetingReader.read(expected).items().size());
    }

    @Test
    void writesToTheOutputGiven() {
        var output = directory.resolve("board.json");

        var run = CommandRun.of("generate", "--days", "1", "--items", "6", "-o", output.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(output));
    }

    @Test
    void tooManyItemsForTheDaysIsAUsageError() {
        var run = CommandRun.of("generate", "--days", "1", "--items", "300", "--directory", directory.toString());

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Too many items"), run.err());
    }
}
