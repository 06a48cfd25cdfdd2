package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.agendaplanner.Datasets;
import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code agenda solve} says how far its programme can be from the optimum, or why it cannot say. */
class ProvenBoundCommandTest {

    private static final Pattern WITHIN = Pattern.compile("Within (\\d+) of a proven bound: no programme scores "
            + "better than (\\S+) \\(each of the 3 bodies planned alone by the exact dynamic program, with what "
            + "couples them relaxed\\)\\.");
    private static final Pattern SCORE = Pattern.compile("Score: (\\S+)");

    private static final int SHORT_OF_THE_BOUND = 2_000;

    @TempDir
    Path directory;

    @Test
    void aMeetingOfThreeBodiesIsWithinSoMuchOfItsBound() throws Exception {
        var meeting = threeBodies();

        var run = CommandRun.of("solve", meeting.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--move-limit", String.valueOf(SHORT_OF_THE_BOUND));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var within = WITHIN.matcher(run.out());
        var score = SCORE.matcher(run.out());
        assertTrue(within.find() && score.find(), run.out());
        var bound = HardMediumSoftLongScore.parseScore(within.group(2));
        var reached = HardMediumSoftLongScore.parseScore(score.group(1));
        assertEquals(bound.softScore() - reached.softScore(), Long.parseLong(within.group(1)));
        assertTrue(reached.compareTo(bound) <= 0, reached + " beats the bound " + bound);
    }

    @Test
    void itsJsonCarriesTheBoundAndEachBodysPart() throws Exception {
        var meeting = threeBodies();

        var run = CommandRun.of("solve", meeting.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--move-limit", String.valueOf(SHORT_OF_THE_BOUND), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var document = new ObjectMapper().readTree(run.out());
        var bound = document.get("bound");
        assertEquals("bodies", bound.get("by").asText());
        assertTrue(bound.get("gap").asLong() > 0, bound.toString());
        assertEquals(3, bound.get("bodies").size());
        var score = HardMediumSoftLongScore.parseScore(document.get("score").asText());
        var boundScore = HardMediumSoftLongScore.parseScore(bound.get("score").asText());
        assertEquals(boundScore.softScore() - score.softScore(), bound.get("gap").asLong());
        long sum = 0;
        for (var body : bound.get("bodies")) {
            sum += HardMediumSoftLongScore.parseScore(body.get("optimum").asText()).softScore();
        }
        assertEquals(boundScore.softScore(), sum, "the bound is the sum of the bodies' optima");
        assertTrue(bound.get("reason").isNull());
    }

    @Test
    void saysWhyTheFourBodyConferenceHasNone() {
        var meeting = Datasets.directory().resolve("cop-5day-4bodies.json");

        var run = CommandRun.of("solve", meeting.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--move-limit", "2000", "--format", "json");

        assertTrue(run.err().contains("No proven bound: body plenary: item 2 (d) may be taken out of agenda order "
                + "(order \"free\" or the item marked free); the exact planner keeps strict agenda order."), run.err());
        assertTrue(run.out().contains("\"reason\" : \"body plenary: item 2 (d) may be taken out of agenda order"),
                run.out());
    }

    @Test
    void theSeedsBoundIsItsProvenOptimum() throws Exception {
        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var bound = new ObjectMapper().readTree(run.out()).get("bound");
        assertEquals("exact", bound.get("by").asText());
        assertEquals("0hard/0medium/-45soft", bound.get("score").asText());
        assertEquals(0, bound.get("gap").asLong());
        assertTrue(!run.err().contains("proven bound"), "a proven optimum needs no bound line: " + run.err());
    }

    @Test
    void aProgrammeThatReachesTheBoundIsProvenOptimal() throws Exception {
        var meeting = directory.resolve("small.json");
        MeetingWriter.write(MeetingGenerator.generate(new MeetingGenerator.Parameters(3, 3, 30, 1, 0.1, 3, true)),
                meeting);

        var run = CommandRun.of("solve", meeting.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--move-limit", "20000");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Score: 0hard/0medium/-235soft"), run.out());
        assertTrue(run.out().contains("Proven optimal: the score equals a proven bound (each of the 3 bodies planned "
                + "alone by the exact dynamic program, with what couples them relaxed)."), run.out());
    }

    /**
     * {@code agenda generate --days 5 --bodies 3 --items 60 --seed 1}: after {@link #SHORT_OF_THE_BOUND} moves the
     * search is 235 short of the bound (after 20,000 it reaches it, and the summary says "Proven optimal").
     */
    private Path threeBodies() throws Exception {
        var file = directory.resolve("three-bodies.json");
        MeetingWriter.write(MeetingGenerator.generate(MeetingGenerator.Parameters.of(5, 3, 60, 1)), file);
        return file;
    }
}
