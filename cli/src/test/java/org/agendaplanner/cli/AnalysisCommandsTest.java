package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given the seed meeting solved, a planner's own draft and a scenario, when they are scored, explained and
 * compared through the command line, then the planner sees where the points go and what moved.
 */
class AnalysisCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void explainListsThePenaltiesOfTheSolvedSeedAndTheyAddUpToItsScore() throws Exception {
        var run = CommandRun.of("explain", SolvedSeed.file().toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var report = JSON.readTree(run.out());
        var score = HardMediumSoftLongScore.parseScore(report.get("score").asText());
        var total = HardMediumSoftLongScore.ZERO;
        for (JsonNode rule : report.get("rules")) {
            var ruleScore = HardMediumSoftLongScore.parseScore(rule.get("score").asText());
            var penalties = HardMediumSoftLongScore.ZERO;
            for (JsonNode penalty : rule.get("penalties")) {
                penalties = penalties.add(HardMediumSoftLongScore.parseScore(penalty.get("score").asText()));
            }
            assertEquals(ruleScore, penalties, "penalties add up to their rule's total");
            total = total.add(ruleScore);
        }
        assertEquals(score, total, "rule totals add up to the score");
        assertTrue(score.softScore() < 0, "the seed's 45 minutes of slack on Tuesday are a soft penalty");
        assertEquals("unusedTimeBeforeLaterItems", report.get("rules").get(0).get("key").asText());

        var text = CommandRun.of("explain", SolvedSeed.file().toString());
        assertTrue(text.out().contains("45 minutes of session tue-pm are left unused"), text.out());
    }

    @Test
    void scoreNamesTheOvernightContinuationOfADraftThatPutsItem3OnTuesdayAfternoon() throws Exception {
        var draft = draftWithItem3OnTuesdayAfternoon();

        var run = CommandRun.of("score", draft.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), "the draft breaks no hard rule: " + run.out());
        assertTrue(run.out().contains("Overnight continuation"), run.out());
        var explained = CommandRun.of("explain", draft.toString());
        assertTrue(explained.out().contains("Item 3 continues overnight from Tuesday 18:00 to Wednesday 10:00."),
                explained.out());
    }

    @Test
    void scoreListsEveryBrokenHardRuleWithItemAndSession() throws Exception {
        var meeting = MeetingReader.read(Datasets.seed());
        var overlapping = meeting.withProgramme(new Programme(null, List.of(
                new ItemStart("1a", "tue-am", LocalTime.of(10, 0)),
                new ItemStart("1b", "tue-am", LocalTime.of(10, 0)),
                new ItemStart("2", "tue-am", LocalTime.of(10, 30)),
                new ItemStart("3", "wed-am", LocalTime.of(10, 0)),
                new ItemStart("4", "wed-pm", LocalTime.of(16, 45)),
                new ItemStart("5", "wed-pm", LocalTime.of(17, 0))), null, null));
        var draft = directory.resolve("overlap.json");
        MeetingWriter.write(overlapping, draft);

        var run = CommandRun.of("score", draft.toString());

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.out());
        assertTrue(run.out().contains("No overlap: Item 1 (a) and item 1 (b) overlap by 10 minutes in plenary."),
                run.out());
        assertTrue(run.out().contains("[tue-am]"), run.out());
    }

    @Test
    void compareShowsTheMovedItemAndTheRuleThatMadeTheDifference() throws Exception {
        var draft = draftWithItem3OnTuesdayAfternoon();

        var run = CommandRun.of("compare", SolvedSeed.file().toString(), draft.toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var comparison = JSON.readTree(run.out());
        var moved = comparison.get("moved");
        assertTrue(moved.toString().contains("{\"file\":\"B\",\"item\":\"3\",\"from\":\"wed-am\",\"to\":\"tue-pm\",\"fromStart\":\"10:00\",\"toStart\":\"17:15\"}"),
                moved.toString());
        var difference = comparison.get("differences").get(0).get("rules");
        assertEquals("-120soft", difference.get("overnightContinuation").asText());
        assertEquals("A", comparison.get("best").asText());
        assertTrue(CommandRun.of("compare", SolvedSeed.file().toString(), draft.toString()).out()
                .contains("B: item 3 wed-am → tue-pm"));
    }

    @Test
    void compareWithAThreeMeetingScenarioShowsTheBudgetAndWhatWasLeftOut() throws Exception {
        var scenario = directory.resolve("three.json");
        var solve = CommandRun.of("solve", Datasets.seed().toString(), "-o", scenario.toString(), "--quiet",
                "--set", "interpretation.maxSessions=3");
        assertEquals(ExitCodes.INFEASIBLE, solve.exitCode(), "an item must be left out: " + solve.out());
        assertTrue(solve.out().contains("the budget of 3 interpreted sessions is used up"), solve.out());
        assertEquals(List.of("interpretation.maxSessions=3"), MeetingReader.read(scenario).programme().overrides());
        assertEquals(3, MeetingReader.read(scenario).interpretation().maxSessions());

        var run = CommandRun.of("compare", SolvedSeed.file().toString(), scenario.toString());

        assertTrue(run.out().contains("interpretation.maxSessions=3"), run.out());
        assertTrue(run.out().contains("Unscheduled"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("  B: item \\w+ \\S+ → unscheduled")), run.out());
    }

    @Test
    void compareRefusesProgrammesOfDifferentMeetings() throws Exception {
        var other = directory.resolve("other.json");
        CommandRun.of("solve", Datasets.directory().resolve("commission-5day-2021.json").toString(), "-o",
                other.toString(), "--quiet", "--unimproved-steps", "50");

        var run = CommandRun.of("compare", SolvedSeed.file().toString(), other.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("Compare programmes of one meeting"), run.err());
    }

    @Test
    void recommendPutsItem3WhereTheSolverDid() throws Exception {
        var run = CommandRun.of("recommend", SolvedSeed.file().toString(), "3", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var places = JSON.readTree(run.out()).get("places");
        var current = places.get(0);
        assertTrue(current.get("current").asBoolean(), run.out());
        assertEquals("wed-am", current.get("session").asText());
        assertEquals("10:00", current.get("start").asText());
        // Against the programme as it stands: where the item is, nothing changes.
        assertEquals("0", current.get("scoreChange").asText());
        // The next best is Tuesday afternoon, continued overnight (-120) though the slack moves (+45).
        assertEquals("tue-pm", places.get(1).get("session").asText());
        assertEquals("-75soft", places.get(1).get("scoreChange").asText());
    }

    @Test
    void alternativesAreDistinctProgrammesEachWithItsScore() throws Exception {
        var output = directory.resolve("alt.json");

        var run = CommandRun.of("solve", Datasets.directory().resolve("commission-5day-2021.json").toString(), "-o",
                output.toString(), "--quiet", "--alternatives", "3", "--unimproved-steps", "1000");

        var files = List.of(directory.resolve("alt-1.json"), directory.resolve("alt-2.json"),
                directory.resolve("alt-3.json"));
        var startsSeen = new java.util.HashSet<List<ItemStart>>();
        for (var file : files) {
            var programme = MeetingReader.read(file).programme();
            assertTrue(HardMediumSoftLongScore.parseScore(programme.score()).isFeasible(), file + ": " + programme.score());
            assertTrue(startsSeen.add(programme.items().stream()
                    .map(start -> new ItemStart(start.item(), start.session(), null)).toList()),
                    file + " starts every item in the same session as an earlier alternative");
        }
        assertTrue(run.out().contains("Verdict:"), run.out());
    }

    private Path draftWithItem3OnTuesdayAfternoon() throws Exception {
        var meeting = MeetingReader.read(Datasets.seed());
        var draft = meeting.withProgramme(new Programme(null, List.of(
                new ItemStart("1a", "tue-am", LocalTime.of(10, 0)),
                new ItemStart("1b", "tue-am", LocalTime.of(10, 10)),
                new ItemStart("2", "tue-am", LocalTime.of(10, 30)),
                new ItemStart("3", "tue-pm", LocalTime.of(17, 15)),
                new ItemStart("4", "wed-pm", LocalTime.of(16, 0)),
                new ItemStart("5", "wed-pm", LocalTime.of(16, 15))), null, null));
        var file = directory.resolve("draft.json");
        MeetingWriter.write(draft, file);
        return file;
    }
}
