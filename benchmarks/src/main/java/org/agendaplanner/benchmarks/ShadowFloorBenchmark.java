package org.agendaplanner.benchmarks;

import org.agendaplanner.solver.domain.AgendaSolution;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * {@link ScoringLoopBenchmark}'s loop, the same moves on the same programmes, with a score calculator that counts
 * nothing. What is left is the solver's own part of a move: doing and undoing it, and placing again the items
 * after a moved one (the placements are shadow variables, which the solver keeps up to date). Its moves per second
 * are the most the scoring loop could reach however fast the rules were counted.
 */
public class ShadowFloorBenchmark extends ScoringLoopBenchmark {

    @Override
    SolverConfig solverConfig() {
        var config = super.solverConfig();
        config.getScoreDirectorFactoryConfig().setIncrementalScoreCalculatorClass(CountsNothing.class);
        return config;
    }

    /** Hears of every change, as the real calculator does, and counts none of it. */
    public static final class CountsNothing
            implements IncrementalScoreCalculator<AgendaSolution, HardMediumSoftLongScore> {

        @Override
        public void resetWorkingSolution(AgendaSolution workingSolution) {
        }

        @Override
        public void beforeVariableChanged(Object entity, String variableName) {
        }

        @Override
        public void afterVariableChanged(Object entity, String variableName) {
        }

        @Override
        public void beforeEntityAdded(Object entity) {
        }

        @Override
        public void afterEntityAdded(Object entity) {
        }

        @Override
        public void beforeEntityRemoved(Object entity) {
        }

        @Override
        public void afterEntityRemoved(Object entity) {
        }

        @Override
        public HardMediumSoftLongScore calculateScore() {
            return HardMediumSoftLongScore.ZERO;
        }
    }
}
