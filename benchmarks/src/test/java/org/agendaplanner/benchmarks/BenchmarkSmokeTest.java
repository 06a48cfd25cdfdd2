package org.agendaplanner.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.solver.plan.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Runs every benchmark body directly, without JMH, so that the benchmarks cannot rot unnoticed. */
class BenchmarkSmokeTest {

    @ParameterizedTest
    @EnumSource(value = Dataset.class, names = {"SEED", "COMMISSION", "GENERATED_300", "GENERATED_1000"})
    void scoringLoopEvaluatesMovesOnEachDataset(Dataset dataset) {
        var benchmark = new ScoringLoopBenchmark();
        benchmark.dataset = dataset;
        benchmark.prepare();
        try {
            // Every twentieth evaluation takes back the move kept at the tenth: the prepared programme again.
            var scores = new ArrayList<HardMediumSoftLongScore>();
            for (int i = 0; i < 40; i++) {
                scores.add(benchmark.evaluateMove().raw());
            }
            assertEquals(scores.get(19), scores.get(39));
        } finally {
            benchmark.close();
        }
    }

    @Test
    void shadowFloorMovesItemsWithoutCountingAnyRule() {
        var benchmark = new ShadowFloorBenchmark();
        benchmark.dataset = Dataset.GENERATED_300;
        benchmark.prepare();
        try {
            for (int i = 0; i < 40; i++) {
                assertEquals(HardMediumSoftLongScore.ZERO, benchmark.evaluateMove().raw());
            }
        } finally {
            benchmark.close();
        }
    }

    @Test
    void preparationReadsValidatesAndBuildsTheLargestMeeting() throws Exception {
        var benchmark = new PreparationBenchmark();
        benchmark.dataset = Dataset.GENERATED_5000;
        benchmark.writeMeeting();
        try {
            var problem = benchmark.readValidateAndBuild();
            assertEquals(5_000, problem.getItems().size());
        } finally {
            benchmark.removeMeeting();
        }
    }

    @Test
    void timeToOptimumSolvesTheSeedToItsProvenOptimum() throws Exception {
        var benchmark = new TimeToOptimumBenchmark();
        benchmark.dataset = Dataset.SEED;
        benchmark.readMeeting();
        benchmark.prepareSolve();

        var reached = benchmark.solveToOptimum();

        assertEquals(HardMediumSoftLongScore.parseScore("0hard/0medium/-45soft"), reached.score());
        assertEquals(Planner.Method.SEARCH_REACHED_OPTIMUM, reached.method());
        benchmark.checkOptimumReached();
    }

    @Test
    void resultsGoToTheFixedJsonFileUnlessTheArgumentsSayWhere() {
        var fixed = Path.of("target", BenchmarksMain.RESULT_FILE);

        assertEquals(List.of("ScoringLoop", "-rf", "json", "-rff", fixed.toString()),
                BenchmarksMain.withDefaultResultFile(List.of("ScoringLoop"), fixed));
        assertEquals(List.of("-rf", "csv"), BenchmarksMain.withDefaultResultFile(List.of("-rf", "csv"), fixed));
        assertEquals(List.of("-rff", "mine.json"),
                BenchmarksMain.withDefaultResultFile(List.of("-rff", "mine.json"), fixed));
    }

    @Test
    void controlLooksUpEveryKey() {
        var benchmark = new ControlBenchmark();
        benchmark.fill();
        assertTrue(benchmark.hashMapLookups() != 0);
    }
}
