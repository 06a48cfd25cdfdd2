package org.agendaplanner.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.exact.ExactPlanner;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;

/**
 * How long the search takes to reach the optimum that the exact planner proves: one operation is one solve, from an
 * empty programme until the best score equals the optimum, with the settings {@code agenda solve} uses. Every
 * iteration solves with the next random seed, so the figure is over seeds rather than one lucky run; the solver is
 * built before the clock starts. A solve that ends short of the optimum (at the time limit) fails the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class TimeToOptimumBenchmark {

    /** The safety net: far above what a solve should take, so that only a real failure reaches it. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    @Param({"SEED", "GENERATED_100_ONE_BODY"})
    Dataset dataset;

    private HardMediumSoftScore optimum;
    private long nextSeed;
    private Solver<AgendaSolution> solver;
    private AgendaSolution problem;
    private HardMediumSoftScore reached;

    @Setup(Level.Trial)
    public void proveOptimum() {
        optimum = ExactPlanner.solve(dataset.problem()).orElseThrow().score();
        nextSeed = 0;
    }

    @Setup(Level.Iteration)
    public void prepareSolve() {
        var settings = AgendaSolver.Settings.defaults().withSeed(nextSeed++).withTimeLimit(TIME_LIMIT)
                .withProvenOptimum(optimum);
        solver = SolverFactory.<AgendaSolution> create(AgendaSolver.solverConfig(settings)).buildSolver();
        problem = dataset.problem();
    }

    @Benchmark
    public HardMediumSoftScore solveToOptimum() {
        reached = solver.solve(problem).getScore();
        return reached;
    }

    @TearDown(Level.Iteration)
    public void checkOptimumReached() {
        if (!optimum.equals(reached)) {
            throw new IllegalStateException(dataset + " with seed " + (nextSeed - 1) + " ended at " + reached
                    + ", short of the proven optimum " + optimum + ", after " + TIME_LIMIT.toSeconds() + " s.");
        }
    }
}
