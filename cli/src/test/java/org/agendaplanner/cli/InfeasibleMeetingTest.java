package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a meeting with more agenda than time, when solved, then the programme still comes out, with the items
 * that could not be placed named and the reason each found no place, and the infeasible exit code.
 */
class InfeasibleMeetingTest {

    @TempDir
    Path directory;

    @Test
    void moreAgendaThanTimeLeavesOutTheLeastAndSaysWhy() throws Exception {
        var input = directory.resolve("overloaded.json");
        // Item 3 now needs 8 hours: with item 2's 4 h 45 min and the rest, 13 h 15 min of business in 12 h.
        var seed = Files.readString(Datasets.seed());
        int itemThree = seed.lastIndexOf("\"duration\": \"PT4H45M\"");
        Files.writeString(input, seed.substring(0, itemThree) + "\"duration\": \"PT8H\""
                + seed.substring(itemThree + "\"duration\": \"PT4H45M\"".length()));
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", input.toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.out());
        var programme = MeetingReader.read(output).programme();
        // Leaving out item 2 (4 h 45 min) loses less of the agenda than leaving out item 3 (8 h).
        assertEquals(List.of("2"), programme.unscheduled());
        assertTrue(programme.score().startsWith("0hard/-285medium/"), programme.score());
        assertEquals(5, programme.items().size(), "every other item is placed");
        assertTrue(run.out().contains("Unscheduled: 2"), run.out());
        assertTrue(run.out().contains("Item 2 needs 4 h 45 min with interpretation into the six languages; 2 h 45 min "
                + "of suitably interpreted session time remain free in plenary, and the budget of 4 interpreted "
                + "sessions is used up."), run.out());
    }
}
