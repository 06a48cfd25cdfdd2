package org.agendaplanner.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.IndependentSolves;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Solution quality must not fall: each shipped meeting, and the generated meeting of 300 items in four bodies (the
 * multi-body case the shipped ones are too small to show), solved with a fixed seed for a fixed number of moves,
 * scores at least as well as in {@code benchmarks/quality-baseline.json}. The move limit, not the clock, ends the search, so
 * the score is the same on every machine; the time limit is only a safety net. The meetings are solved side by side,
 * one per core ({@code -Dagenda.parallel=N} for another number).
 */
class QualityBaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void noMeetingScoresWorseThanItsBaseline() throws Exception {
        var baselineFile = Path.of(System.getProperty("agenda.qualityBaseline", "quality-baseline.json"));
        JsonNode baseline = JSON.readTree(baselineFile.toFile());
        var settings = AgendaSolver.Settings.defaults().withSeed(baseline.get("seed").asLong())
                .withTimeLimit(Duration.ofSeconds(baseline.get("timeLimitSeconds").asLong()))
                .withMoveLimit(baseline.get("moveLimit").asLong());

        var meetings = meetings();
        // Independent solves, one per core unless -Dagenda.parallel=N says otherwise: each ends at its move limit, so
        // the scores are the same whatever N.
        int parallel = Integer.getInteger("agenda.parallel", IndependentSolves.defaultParallelism());
        var solved = IndependentSolves.run(meetings, parallel, meeting -> {
            var problem = ProblemFactory.build(meeting.file(), meeting.name(), ProblemFactory.ProgrammeUse.IGNORE)
                    .solution();
            long started = System.nanoTime();
            var score = new AgendaSolver(settings).solve(problem, newBest -> { }).getScore();
            return new Solved(score, Duration.ofNanos(System.nanoTime() - started));
        });

        var reached = new LinkedHashMap<String, String>();
        var failures = new ArrayList<String>();
        boolean better = false;
        for (int index = 0; index < meetings.size(); index++) {
            var name = meetings.get(index).name();
            var score = solved.get(index).score();
            var took = solved.get(index).took();
            reached.put(name, score.toString());
            if (took.compareTo(settings.timeLimit()) >= 0) {
                failures.add(name + ": stopped by the time limit (" + took.toSeconds()
                        + " s), so its score depends on this machine's speed; lower moveLimit");
                continue;
            }
            var expected = baseline.get("scores").get(name);
            if (expected == null) {
                failures.add(name + ": no baseline (reached " + score + ")");
                continue;
            }
            int comparison = score.compareTo(HardMediumSoftLongScore.parseScore(expected.asText()));
            if (comparison < 0) {
                failures.add(name + ": " + score + ", worse than the baseline " + expected.asText());
            }
            better |= comparison > 0;
        }
        if (better && failures.isEmpty()) {
            System.out.println("Better than " + baselineFile + "; the new \"scores\" to record there:\n"
                    + JSON.writeValueAsString(reached));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private record Solved(HardMediumSoftLongScore score, Duration took) {
    }

    private record Meeting(String name, MeetingFile file) {
    }

    private static List<Meeting> meetings() throws IOException, InvalidInputException {
        var meetings = new ArrayList<Meeting>();
        try (var files = Files.list(Path.of(System.getProperty("agenda.datasets", "../datasets")))) {
            for (var file : files.filter(each -> each.toString().endsWith(".json")).sorted().toList()) {
                meetings.add(new Meeting(file.getFileName().toString(), MeetingReader.read(file)));
            }
        }
        var generated = Dataset.GENERATED_300_SEED_7;
        meetings.add(new Meeting(generated.fileName(), generated.meeting()));
        return meetings;
    }
}
