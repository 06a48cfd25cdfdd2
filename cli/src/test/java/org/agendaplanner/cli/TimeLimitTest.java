package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --time-limit} counts from the start of the command: a limit that has run out before the search could start
 * gives the programme as it stands (nothing placed), says why, and is still a whole, valid solved file.
 */
class TimeLimitTest {

    @TempDir
    Path directory;

    @Test
    void aLimitSpentBeforeTheSearchLeavesEveryItemOutAndSaysWhy() throws Exception {
        var meeting = Datasets.directory().resolve("cop-5day-4bodies.json");
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", meeting.toString(), "-o", output.toString(), "--time-limit", "1ms");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.out().contains("A limit came before the search had tried every item: those it had not "
                + "reached are left out for want of time, not of room."), run.out());
        var solved = MeetingReader.read(output);
        assertEquals(solved.items().size(), solved.programme().unscheduled().size());
        assertEquals(ExitCodes.INFEASIBLE, CommandRun.of("score", output.toString()).exitCode());
    }
}
