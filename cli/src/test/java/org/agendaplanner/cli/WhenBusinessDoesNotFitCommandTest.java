package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Given docs/over-full-meeting.json (75 minutes more business than its two days hold), through the command line:
 * validate warns and shows each body's business against its time but passes; solve leaves the low item out, shortens
 * the general debate, shows its planned time in the table, and exits 4; a required item that cannot be placed is said
 * first.
 */
class WhenBusinessDoesNotFitCommandTest {

    private static final Path OVER_FULL = Datasets.directory().resolve("../docs/over-full-meeting.json");

    @TempDir
    Path directory;

    @Test
    void validateShowsBusinessAgainstTimeAndWarnsWithoutFailing() {
        var run = CommandRun.of("validate", OVER_FULL.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("  plenary: business 13 h 15 min (12 h 15 min shortened) against 12 h of sessions; "
                + "13 h 15 min needing interpretation against 12 h interpreted."), run.out());
        assertTrue(run.out().contains("Warning: Body \"plenary\" has 75 minutes more business than session time;"),
                run.out());

        var json = CommandRun.of("validate", "--format", "json", OVER_FULL.toString());
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"businessMinutes\" : 795"), json.out());
        assertTrue(json.out().contains("\"sessionMinutes\" : 720"), json.out());
        assertTrue(json.out().contains("\"warnings\" : [ \"Body \\\"plenary\\\" has 75 minutes"), json.out());
    }

    @Test
    void validateShowsEveryBodyOfTheFourBodyConference() {
        var run = CommandRun.of("validate", Datasets.directory().resolve("cop-5day-4bodies.json").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("  cow: business 14 h 15 min against 18 h of sessions; 14 h 15 min needing "
                + "interpretation against 18 h interpreted."), run.out());
        assertTrue(run.out().contains("  wg2: business 5 h against 9 h of sessions;"), run.out());
        assertFalse(run.out().contains("Warning"), run.out());
    }

    @Test
    void solveLeavesTheLowItemOutAndShowsThePlannedTimeOfTheShortenedDebate() throws Exception {
        var solved = directory.resolve("solved.json");

        var run = CommandRun.of("solve", OVER_FULL.toString(), "-o", solved.toString(), "--quiet");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err()); // business is left out
        assertFalse(run.out().contains("Required business left out"), run.out());
        assertTrue(run.out().contains("General debate (shortened to 3 h 45 min)"), run.out());
        assertTrue(run.out().contains("General debate (continued)"), run.out());
        assertTrue(run.out().contains("Shortened: item 5 (General debate): planned for 3 h 45 min instead of 4 h"),
                run.out());
        assertTrue(run.out().contains("Unscheduled: 6\n"), run.out());
        var meeting = MeetingReader.read(solved);
        assertEquals("PT3H45M", meeting.programme().items().stream().filter(start -> start.item().equals("5"))
                .findFirst().orElseThrow().duration().toString());

        // The solved file reads back with the same score, and explain says by how much and why.
        var score = CommandRun.of("score", solved.toString());
        assertTrue(score.out().startsWith("Score: 0hard/-60medium/-150soft"), score.out());
        var explain = CommandRun.of("explain", solved.toString());
        assertTrue(explain.out().contains("Item 5 is planned for 3 h 45 min instead of 4 h, shortened by 15 minutes "
                + "(it may be shortened to 3 h) so that the business fits."), explain.out());
        assertTrue(explain.out().contains("Item 6 (1 h, low) could not be placed"), explain.out());
        for (var format : new String[] {"md", "csv", "html"}) {
            var render = CommandRun.of("render", solved.toString(), "--format", format);
            assertTrue(render.out().contains("(shortened to 3 h 45 min)"), format + ":\n" + render.out());
        }
        var french = CommandRun.of("render", solved.toString(), "--lang", "fr");
        assertTrue(french.out().contains("(écourté à 3 h 45)"), french.out());
        var json = CommandRun.of("render", solved.toString(), "--format", "json");
        assertTrue(json.out().contains("\"shortenedTo\": \"PT3H45M\""), json.out());
    }

    @Test
    void aRequiredItemThatCannotBePlacedIsSaidFirst() throws Exception {
        var tree = new ObjectMapper().readTree(Files.readString(OVER_FULL));
        // An adoption of the report longer than the last session can hold: nothing else can make room for it.
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("items").get(8)).put("duration", "PT3H30M");
        var input = directory.resolve("too-long-adoption.json");
        Files.writeString(input, tree.toString());

        var run = CommandRun.of("solve", input.toString(), "-o", directory.resolve("out.json").toString(), "--quiet");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Required business left out: 9 (Adoption of the report, 3 h 30 min). Nothing "
                + "else could make room for it; this programme cannot be published as it stands."), run.out());
    }
}
