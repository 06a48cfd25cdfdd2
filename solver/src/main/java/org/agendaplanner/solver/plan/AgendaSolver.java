package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.rules.AgendaConstraints;
import org.agendaplanner.solver.rules.AgendaScoreCalculator;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Runs Timefold Solver on a meeting. Search stops after a number of steps without improvement, which makes the
 * result depend only on the input and the seed; the time limit is a safety net.
 */
public final class AgendaSolver {

    /**
     * Settings of one solve. {@code provenOptimum}, when known (from the exact planner), stops the search as
     * soon as it is reached, since nothing better exists; and it keeps the search going until then, however long it
     * goes without improving, since something better does exist. {@code moveLimit}, when set, ends the search after
     * that many moves instead of after {@code unimprovedStepLimit} steps without improvement: the result is then
     * the same on every machine, however fast. The time limit always holds.
     */
    public record Settings(long seed, Duration timeLimit, int unimprovedStepLimit, EnvironmentMode environmentMode,
            HardMediumSoftLongScore provenOptimum, Long moveLimit) {

        public Settings(long seed, Duration timeLimit, int unimprovedStepLimit, EnvironmentMode environmentMode) {
            this(seed, timeLimit, unimprovedStepLimit, environmentMode, null, null);
        }

        public static Settings defaults() {
            return new Settings(0, Duration.ofSeconds(60), 5_000, EnvironmentMode.NO_ASSERT);
        }

        public Settings withSeed(long newSeed) {
            return new Settings(newSeed, timeLimit, unimprovedStepLimit, environmentMode, provenOptimum, moveLimit);
        }

        public Settings withTimeLimit(Duration newTimeLimit) {
            return new Settings(seed, newTimeLimit, unimprovedStepLimit, environmentMode, provenOptimum, moveLimit);
        }

        public Settings withUnimprovedStepLimit(int newLimit) {
            return new Settings(seed, timeLimit, newLimit, environmentMode, provenOptimum, moveLimit);
        }

        public Settings withEnvironmentMode(EnvironmentMode newMode) {
            return new Settings(seed, timeLimit, unimprovedStepLimit, newMode, provenOptimum, moveLimit);
        }

        public Settings withProvenOptimum(HardMediumSoftLongScore optimum) {
            return new Settings(seed, timeLimit, unimprovedStepLimit, environmentMode, optimum, moveLimit);
        }

        /** {@code null} for none. */
        public Settings withMoveLimit(Long newMoveLimit) {
            return new Settings(seed, timeLimit, unimprovedStepLimit, environmentMode, provenOptimum, newMoveLimit);
        }
    }

    /**
     * What one search gave: the best programme, and whether the construction finished (every item was tried) before
     * the search stopped. When it did not, the items it had not reached are left out for want of time, not of room.
     */
    public record Outcome(AgendaSolution best, boolean constructionFinished) {
    }

    private final Settings settings;
    private volatile Solver<AgendaSolution> running;
    private volatile boolean stopRequested;

    public AgendaSolver(Settings settings) {
        this.settings = settings;
    }

    /**
     * The search's configuration. It scores with {@link AgendaScoreCalculator}, the fast hand-counted form of the
     * rules; under full assertion Timefold checks it after every move against {@link AgendaConstraints}, which
     * defines them.
     */
    public static SolverConfig solverConfig(Settings settings) {
        var scoring = new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(AgendaScoreCalculator.class);
        if (settings.environmentMode().isFullyAsserted()) {
            scoring.setAssertionScoreDirectorFactory(
                    new ScoreDirectorFactoryConfig().withConstraintProviderClass(AgendaConstraints.class));
        }
        return new SolverConfig()
                .withSolutionClass(AgendaSolution.class)
                .withEntityClasses(BodyPlan.class, Item.class)
                .withScoreDirectorFactory(scoring)
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.seed())
                .withTerminationConfig(terminationOf(settings));
    }

    private static TerminationConfig terminationOf(Settings settings) {
        // Timefold takes whole milliseconds, and refuses a zero limit; a millisecond is as good as none.
        var spent = Duration.ofMillis(Math.max(1, settings.timeLimit().toMillis()));
        var termination = new TerminationConfig().withSpentLimit(spent);
        if (settings.provenOptimum() != null) {
            termination.setBestScoreLimit(settings.provenOptimum().toString());
        }
        if (settings.moveLimit() != null) {
            return termination.withMoveCountLimit(settings.moveLimit());
        }
        return settings.provenOptimum() == null
                ? termination.withUnimprovedStepCountLimit(settings.unimprovedStepLimit())
                : termination;
    }

    /** Solves, reporting each new best score; returns the best programme found (see {@link #search}). */
    public AgendaSolution solve(AgendaSolution problem, Consumer<HardMediumSoftLongScore> onNewBest) {
        return search(problem, onNewBest).best();
    }

    /**
     * Solves, reporting each new best score; returns the best programme found and whether the construction finished.
     * Its score is counted afresh before anyone sees it, by the constraint streams, which define the rules, and by
     * the search's hand count, which must agree with them. Afresh because a search stopped during construction (by a
     * move limit, say) hands back a programme whose score belongs to another state; and a programme must never be
     * published with a score that {@code agenda score} would not give it.
     */
    public Outcome search(AgendaSolution problem, Consumer<HardMediumSoftLongScore> onNewBest) {
        var constructed = new AtomicBoolean();
        // With no time left, building the solver would take longer than the limit allows: hand back the problem.
        boolean noTime = settings.timeLimit().isNegative() || settings.timeLimit().isZero();
        var best = stopRequested || noTime ? problem : solveWithTimefold(problem, onNewBest, constructed);
        var counted = HandCount.MANAGER.update(best);
        var defined = analysis().update(best);
        if (!defined.equals(counted)) {
            throw new IllegalStateException("The search's hand count gives " + counted + " for its best programme, but "
                    + "the rules give " + defined + ". This is a bug in AgendaScoreCalculator; please report it with "
                    + "the meeting file and the seed.");
        }
        return new Outcome(best, constructed.get());
    }

    private AgendaSolution solveWithTimefold(AgendaSolution problem, Consumer<HardMediumSoftLongScore> onNewBest,
            AtomicBoolean constructed) {
        // Items in agenda order first (linear, and it always runs to its end); Timefold's construction then takes only
        // what that left, between items a re-plan keeps; a marker runs only if the construction ran to its end.
        PhaseCommand<AgendaSolution> markConstructed = (scoreDirector, isPhaseTerminated) -> constructed.set(true);
        var config = solverConfig(settings).withPhases(
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new AgendaOrderConstruction())),
                new ConstructionHeuristicPhaseConfig(),
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(markConstructed)), localSearch());
        Solver<AgendaSolution> solver = SolverFactory.<AgendaSolution> create(config).buildSolver();
        solver.addEventListener(event -> {
            // Timefold forgets a request to stop made just before its solve began; the flag stays, so ask again.
            if (stopRequested) {
                solver.terminateEarly();
            }
            onNewBest.accept(event.getNewBestSolution().getScore());
        });
        running = solver;
        try {
            return stopRequested ? problem : solver.solve(problem);
        } finally {
            running = null;
        }
    }

    /**
     * Timefold's default moves, under late acceptance over the last 100 steps rather than 400: on generated meetings of
     * 300 items it reaches the same scores in fewer moves, and no worse on the shipped ones (docs/model.md, "The
     * search", has the comparison; benchmarks/ its configuration).
     */
    static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    static final int LATE_ACCEPTANCE_SIZE = 100;

    /**
     * Asks a running solve to stop early; it returns the best programme found so far. Asked before the solve begins,
     * the solve returns the problem as it was given. Safe to call from any thread, any number of times.
     */
    public void stopEarly() {
        stopRequested = true;
        var solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /**
     * The configuration for explaining a programme: the constraint streams, which know each penalty's items and
     * justification.
     */
    public static SolverConfig analysisConfig() {
        return new SolverConfig()
                .withSolutionClass(AgendaSolution.class)
                .withEntityClasses(BodyPlan.class, Item.class)
                .withConstraintProviderClass(AgendaConstraints.class);
    }

    /** A solution manager over {@link #analysisConfig()}, built once: building the streams takes a while. */
    public static SolutionManager<AgendaSolution, HardMediumSoftLongScore> analysis() {
        return Analysis.MANAGER;
    }

    /**
     * Builds the two counts that check every programme, in the background, once per JVM: building the constraint
     * streams takes a while, and a solve that is stopped should not have to wait for it before it can hand back
     * what it found.
     */
    public static void prepareCountingInBackground() {
        if (COUNTING_PREPARED.compareAndSet(false, true)) {
            var preparing = new Thread(() -> {
                Objects.requireNonNull(analysis());
                Objects.requireNonNull(HandCount.MANAGER);
            }, "agenda-prepare-counting");
            preparing.setDaemon(true);
            preparing.start();
        }
    }

    private static final AtomicBoolean COUNTING_PREPARED = new AtomicBoolean();

    /** The search's hand count, from scratch; built on first use. */
    private static final class HandCount {
        static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> MANAGER =
                SolutionManager.create(SolverFactory.<AgendaSolution> create(solverConfig(Settings.defaults())));
    }

    /** Holds the shared solution manager, built on first use. */
    private static final class Analysis {
        static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> MANAGER =
                SolutionManager.create(SolverFactory.<AgendaSolution> create(analysisConfig()));
    }

    /** Scores a solution as it stands, without solving. */
    public static AgendaSolution score(AgendaSolution solution) {
        analysis().update(solution);
        return solution;
    }
}
