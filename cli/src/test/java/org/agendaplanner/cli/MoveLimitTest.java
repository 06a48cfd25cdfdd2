package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --move-limit} ends the search after a number of moves, so that a regression check gets one answer. */
class MoveLimitTest {

    @TempDir
    Path directory;

    @Test
    void theSameMoveLimitGivesTheSameProgrammeEveryRun() throws Exception {
        var meeting = Datasets.directory().resolve("cop-5day-4bodies.json");
        var first = directory.resolve("first.json");
        var second = directory.resolve("second.json");

        var firstRun = CommandRun.of("solve", meeting.toString(), "-o", first.toString(), "--quiet",
                "--move-limit", "100000");
        var secondRun = CommandRun.of("solve", meeting.toString(), "-o", second.toString(), "--quiet",
                "--move-limit", "100000");

        assertEquals(ExitCodes.OK, firstRun.exitCode(), firstRun.err());
        assertEquals(ExitCodes.OK, secondRun.exitCode(), secondRun.err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    /**
     * The limit is what ends the search: one move leaves the programme as the construction laid it, which in the
     * COP leaves a free item out for the search to place.
     */
    @Test
    void fewerMovesEndTheSearchSooner() throws Exception {
        var meeting = Datasets.directory().resolve("cop-5day-4bodies.json");
        var output = directory.resolve("short.json");

        var run = CommandRun.of("solve", meeting.toString(), "-o", output.toString(), "--quiet",
                "--move-limit", "1");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.out().contains("Unscheduled: "), run.out());
        // Stopped before its first step, the solver may hand back a score that belongs to another state; the file
        // gets the programme's own, the one "agenda score" finds.
        var written = MeetingReader.read(output).programme().score();
        var rescored = CommandRun.of("score", output.toString(), "--format", "json");
        assertEquals(written, new ObjectMapper().readTree(rescored.out()).get("score").asText());
    }

    @Test
    void aMoveLimitBelowOneIsRefused() {
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", directory.resolve("out.json").toString(),
                "--move-limit", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--move-limit takes 1 or more, not 0."), run.err());
    }
}
