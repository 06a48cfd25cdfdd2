package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given the seed meeting with 5,000 items (the most a file may hold) of eight hours each, all but the first left out,
 * and the heaviest weight (1,000) on leaving an item out, when it is scored and explained, then the score is the
 * exact product, 4,999 × 480 minutes × 1,000 = 2,399,520,000 medium points: past the int range, where a sum in int
 * would wrap around to a positive, "better" score.
 */
class ScoreNearTheLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 5_000;
    private static final long EXPECTED_MEDIUM = -(ITEMS - 1L) * 480 * Rules.MAX_WEIGHT;

    @TempDir
    Path directory;

    @Test
    void aScorePastTheIntRangeIsCountedExactly() throws IOException {
        var file = writeMeetingAtTheLimits();

        var scored = CommandRun.of("score", file.toString(), "--format", "json");
        var explained = CommandRun.of("explain", file.toString(), "--format", "json");

        assertEquals(ExitCodes.INFEASIBLE, scored.exitCode(), scored.err());
        var score = HardMediumSoftLongScore.parseScore(JSON.readTree(scored.out()).get("score").asText());
        assertTrue(EXPECTED_MEDIUM < Integer.MIN_VALUE, "the case must pass the int range to test anything");
        assertEquals(EXPECTED_MEDIUM, score.mediumScore(), scored.out().substring(0, 200));
        assertEquals(0, score.hardScore());

        assertEquals(ExitCodes.OK, explained.exitCode(), explained.err());
        var report = JSON.readTree(explained.out());
        var total = HardMediumSoftLongScore.ZERO;
        for (var rule : report.get("rules")) {
            total = total.add(HardMediumSoftLongScore.parseScore(rule.get("score").asText()));
        }
        assertEquals(score, total, "the rules add up to the score");
    }

    private Path writeMeetingAtTheLimits() throws IOException {
        var meeting = (ObjectNode) JSON.readTree(Datasets.seed().toFile());
        var items = meeting.putArray("items");
        for (int i = 1; i <= ITEMS; i++) {
            var item = items.addObject();
            item.put("id", Integer.toString(i));
            item.put("number", Integer.toString(i));
            item.putObject("title").put("en", "Item " + i);
            item.put("duration", "PT8H");
        }
        ((ObjectNode) meeting.get("rules")).putObject("weights").put("unscheduled", Rules.MAX_WEIGHT);
        var programme = meeting.putObject("programme");
        programme.putArray("items").addObject().put("item", "1").put("session", "tue-am").put("start", "10:00");
        var unscheduled = programme.putArray("unscheduled");
        for (int i = 2; i <= ITEMS; i++) {
            unscheduled.add(Integer.toString(i));
        }
        var file = directory.resolve("five-thousand-long-items.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), meeting);
        return file;
    }
}
