package org.agendaplanner.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** Runs every benchmark body directly, without JMH, so that the benchmarks cannot rot unnoticed. */
class BenchmarkSmokeTest {

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void scoringLoopEvaluatesMovesOnEachDataset(Dataset dataset) {
        var benchmark = new ScoringLoopBenchmark();
        benchmark.dataset = dataset;
        benchmark.prepare();
        try {
            // Every twentieth evaluation takes back the move kept at the tenth: the prepared programme again.
            var scores = new ArrayList<HardMediumSoftScore>();
            for (int i = 0; i < 40; i++) {
                scores.add(benchmark.evaluateMove().raw());
            }
            assertEquals(scores.get(19), scores.get(39));
        } finally {
            benchmark.close();
        }
    }

    @Test
    void controlLooksUpEveryKey() {
        var benchmark = new ControlBenchmark();
        benchmark.fill();
        assertTrue(benchmark.hashMapLookups() != 0);
    }
}
