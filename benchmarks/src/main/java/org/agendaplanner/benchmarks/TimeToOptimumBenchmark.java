package org.agendaplanner.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.plan.Planner;
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


/**
 * How long the search takes to reach the optimum that the exact planner proves: one operation is one
 * {@link Planner#plan} with {@code agenda solve}'s settings, except that the search pursues the proven optimum
 * ({@code searchToOptimum}) instead of taking the exact programme at once. The operation includes the exact program
 * (a few milliseconds), building the problem and the solver, and the final count of the score. Every iteration solves
 * with the next random seed, so the figure is over seeds rather than one lucky run. A solve that ends short of the
 * optimum (at the time limit) fails the run.
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

    private MeetingFile meeting;
    private long nextSeed;
    private Planner.Settings settings;
    private Planner.Alternative reached;

    @Setup(Level.Trial)
    public void readMeeting() {
        meeting = dataset.meeting();
        nextSeed = 0;
    }

    @Setup(Level.Iteration)
    public void prepareSolve() {
        settings = Planner.Settings.defaults().withSeed(nextSeed++).withTimeLimit(TIME_LIMIT).withSearchToOptimum(true);
    }

    @Benchmark
    public Planner.Alternative solveToOptimum() throws InvalidInputException {
        reached = Planner.plan(meeting, dataset.fileName(), settings).best().orElseThrow();
        return reached;
    }

    @TearDown(Level.Iteration)
    public void checkOptimumReached() {
        if (reached.method() != Planner.Method.SEARCH_REACHED_OPTIMUM) {
            throw new IllegalStateException(dataset + " with seed " + (nextSeed - 1) + " ended " + reached.method()
                    + " at " + reached.searchScore() + ", short of the proven optimum " + reached.provenOptimum()
                    + ", after " + TIME_LIMIT.toSeconds() + " s.");
        }
    }
}
