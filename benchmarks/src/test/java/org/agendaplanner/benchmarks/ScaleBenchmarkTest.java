package org.agendaplanner.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The scale benchmark's figures for one meeting, in the JVM of the test (its run spawns one per meeting). */
class ScaleBenchmarkTest {

    @Test
    void theFourBodyMeetingGetsItsTimesScoresAndTheGapToItsProvenBound() throws Exception {
        var result = ScaleBenchmark.measure(Dataset.GENERATED_300_SEED_7, List.of(1_000L, 2_000L));

        assertEquals(300, result.get("items"));
        assertNotNull(result.get("firstFeasibleSecondsCold"), result.toString());
        assertNotNull(result.get("firstFeasibleSecondsWarm"), result.toString());
        @SuppressWarnings("unchecked")
        var after = (Map<String, Map<String, Object>>) result.get("scoreAfterMoves");
        var last = HardMediumSoftLongScore.parseScore((String) after.get("2000").get("score"));
        // The bound is the sum of each body's exact optimum (docs/model.md, "The proven bound").
        var bound = HardMediumSoftLongScore.parseScore((String) result.get("bound"));
        assertEquals(HardMediumSoftLongScore.of(0, 0, -1975), bound);
        assertEquals(bound.softScore() - last.softScore(), ((Number) result.get("gap")).longValue());
        assertTrue(last.compareTo(bound) <= 0, last + " beats the bound " + bound);
        assertNull(result.get("noBoundBecause"));
    }

    @Test
    void aMeetingWithoutABoundSaysWhy() throws Exception {
        var result = ScaleBenchmark.measure(Dataset.COP, List.of(1_000L));

        assertNull(result.get("bound"));
        assertNull(result.get("gap"));
        assertTrue(((String) result.get("noBoundBecause")).contains("free"), result.toString());
    }
}
