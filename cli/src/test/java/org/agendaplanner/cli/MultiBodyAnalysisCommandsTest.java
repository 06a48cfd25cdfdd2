package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given meetings of several bodies, the shipped four-body conference ({@code cop-5day-4bodies.json}) and a generated
 * three-body meeting, each solved through the command line for a fixed number of moves (the same programme on any
 * machine), when every analysis command runs on them, then each gives its answer and the exit code the README
 * promises: score, explain, compare, recommend and render.
 */
class MultiBodyAnalysisCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOVES = "60000";

    @TempDir
    static Path directory;

    private static Path conference;
    private static Path conferenceOtherSeed;
    private static Path generated;
    private static Path generatedOtherSeed;

    @BeforeAll
    static void solveBothMeetings() throws Exception {
        var cop = Datasets.directory().resolve("cop-5day-4bodies.json");
        conference = solved(cop, "cop.json", "0");
        conferenceOtherSeed = solved(cop, "cop-seed1.json", "1");
        var meeting = directory.resolve("generated.json");
        var generate = CommandRun.of("generate", "--days", "2", "--bodies", "3", "--items", "20", "--seed", "3",
                "-o", meeting.toString());
        assertEquals(ExitCodes.OK, generate.exitCode(), generate.err());
        generated = solved(meeting, "generated.solved.json", "0");
        generatedOtherSeed = solved(meeting, "generated-seed1.json", "1");
    }

    private static Path solved(Path meeting, String name, String seed) {
        var output = directory.resolve(name);
        var run = CommandRun.of("solve", meeting.toString(), "-o", output.toString(), "--quiet", "--move-limit", MOVES,
                "--seed", seed);
        assertTrue(run.exitCode() == ExitCodes.OK || run.exitCode() == ExitCodes.INFEASIBLE, run.err());
        assertTrue(Files.exists(output), run.err());
        return output;
    }

    static Stream<String> solvedFiles() {
        return Stream.of("cop.json", "generated.solved.json");
    }

    @Test
    void bothMeetingsHaveSeveralBodiesWithBusiness() throws Exception {
        for (var file : List.of(conference, generated)) {
            var meeting = MeetingReader.read(file);
            var bodiesInUse = new HashSet<String>();
            meeting.programme().items().forEach(start -> bodiesInUse.add(meeting.session(start.session())
                    .orElseThrow().body()));
            assertTrue(bodiesInUse.size() >= 3, file + " uses " + bodiesInUse);
        }
    }

    @ParameterizedTest
    @MethodSource("solvedFiles")
    void scoreGivesTheSolvedScoreAndTheExitCodeThatGoesWithIt(String name) throws Exception {
        var file = directory.resolve(name);
        var programme = MeetingReader.read(file).programme();

        var run = CommandRun.of("score", file.toString());

        var feasible = HardMediumSoftLongScore.parseScore(programme.score()).isFeasible()
                && (programme.unscheduled() == null || programme.unscheduled().isEmpty());
        assertEquals(feasible ? ExitCodes.OK : ExitCodes.INFEASIBLE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Score: " + programme.score()), run.out());
        if (programme.unscheduled() != null) {
            assertTrue(run.out().contains("Unscheduled: " + String.join(", ", programme.unscheduled())), run.out());
        }
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @MethodSource("solvedFiles")
    void explainAddsUpToTheScoreRuleByRule(String name) throws Exception {
        var file = directory.resolve(name);
        var programme = MeetingReader.read(file).programme();

        var run = CommandRun.of("explain", file.toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var report = JSON.readTree(run.out());
        assertEquals(programme.score(), report.get("score").asText());
        var total = HardMediumSoftLongScore.ZERO;
        for (JsonNode rule : report.get("rules")) {
            total = total.add(HardMediumSoftLongScore.parseScore(rule.get("score").asText()));
        }
        assertEquals(HardMediumSoftLongScore.parseScore(programme.score()), total);
        assertFalse(CommandRun.of("explain", file.toString()).out().isBlank());
    }

    @Test
    void compareShowsWhatMovedBetweenTwoSeedsOfEachMeeting() throws Exception {
        for (var pair : List.of(List.of(conference, conferenceOtherSeed), List.of(generated, generatedOtherSeed))) {
            var run = CommandRun.of("compare", pair.get(0).toString(), pair.get(1).toString(), "--format", "json");

            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            var comparison = JSON.readTree(run.out());
            assertEquals(2, comparison.get("files").size());
            for (int i = 0; i < 2; i++) {
                assertEquals(MeetingReader.read(pair.get(i)).programme().score(),
                        comparison.get("files").get(i).get("score").asText());
            }
            var meeting = MeetingReader.read(pair.get(0));
            for (JsonNode moved : comparison.get("moved")) {
                assertTrue(meeting.item(moved.get("item").asText()).isPresent(), moved.toString());
            }
            assertFalse(comparison.get("verdict").asText().isBlank());
            var text = CommandRun.of("compare", pair.get(0).toString(), pair.get(1).toString());
            assertEquals(ExitCodes.OK, text.exitCode(), text.err());
            assertTrue(text.out().contains("Verdict:"), text.out());
        }
    }

    @Test
    void recommendForItem3OfTheConferenceListsItsCurrentPlaceFirstThenOthersInThePlenary() throws Exception {
        var start = MeetingReader.read(conference).programme().items().stream()
                .filter(each -> each.item().equals("3")).findFirst().orElseThrow();

        var run = CommandRun.of("recommend", conference.toString(), "3");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        var lines = run.out().lines().toList();
        assertEquals("Best places for item 3:", lines.get(0));
        assertEquals("  1. " + start.session() + " " + start.start() + " (plenary)  score change 0  (where it is now)",
                lines.get(1));
        assertEquals(7, lines.size(), "the current place and the 5 best others: " + run.out());
        assertTrue(lines.stream().skip(2).allMatch(line -> line.matches("  \\d\\. plenary-\\S+ \\d\\d:\\d\\d \\(plenary\\)"
                + "  score change \\S+")), "item 3 belongs to the plenary alone: " + run.out());

        var json = CommandRun.of("recommend", conference.toString(), "3", "--format", "json", "--top", "2");
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        var places = JSON.readTree(json.out()).get("places");
        assertEquals(3, places.size(), json.out());
        assertTrue(places.get(0).get("current").asBoolean());
        assertEquals("0", places.get(0).get("scoreChange").asText());
        assertFalse(places.get(1).get("current").asBoolean());
    }

    @Test
    void recommendWorksForAnItemOfEveryBodyOfTheGeneratedMeeting() throws Exception {
        MeetingFile meeting = MeetingReader.read(generated);
        var placed = meeting.programme().items();
        for (var body : meeting.bodies()) {
            var start = placed.stream()
                    .filter(each -> meeting.session(each.session()).orElseThrow().body().equals(body.id()))
                    .reduce((first, second) -> second).orElseThrow();

            var run = CommandRun.of("recommend", generated.toString(), start.item(), "--format", "json");

            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            var places = JSON.readTree(run.out()).get("places");
            assertEquals(start.session(), places.get(0).get("session").asText(), run.out());
            assertEquals(start.start().toString(), places.get(0).get("start").asText(), run.out());
            assertEquals("0", places.get(0).get("scoreChange").asText(), run.out());
            for (JsonNode place : places) {
                assertEquals(body.id(), place.get("body").asText(), "the item belongs to " + body.id() + ": " + run.out());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("solvedFiles")
    void renderShowsEveryBodyAndTheScoreThatScoreGives(String name) throws Exception {
        var file = directory.resolve(name);
        var meeting = MeetingReader.read(file);

        var run = CommandRun.of("render", file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (var body : meeting.bodies()) {
            var usesBody = meeting.programme().items().stream()
                    .anyMatch(start -> meeting.session(start.session()).orElseThrow().body().equals(body.id()));
            if (usesBody) {
                assertTrue(run.out().contains(body.name().in("en").orElseThrow()), body.id() + ":\n" + run.out());
            }
        }
        var annex = JSON.readTree(CommandRun.of("render", file.toString(), "--format", "json").out());
        var scored = JSON.readTree(CommandRun.of("score", file.toString(), "--format", "json").out());
        assertEquals(scored.get("score").asText(), annex.get("score").asText());
    }
}
