package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.util.ArrayList;
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
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
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

    /**
     * Two solves: the construction, then the search from what it built, since the moves worth trying depend on what
     * the construction could place (see {@link #movesFor}).
     */
    private AgendaSolution solveWithTimefold(AgendaSolution problem, Consumer<HardMediumSoftLongScore> onNewBest,
            AtomicBoolean constructed) {
        long startNanos = System.nanoTime();
        // Items in agenda order first (linear, and it always runs to its end); Timefold's construction then takes only
        // what that left, between items a re-plan keeps; a marker runs only if the construction ran to its end.
        PhaseCommand<AgendaSolution> markConstructed = (scoreDirector, isPhaseTerminated) -> constructed.set(true);
        var built = solveOnce(solverConfig(settings).withPhases(
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new AgendaOrderConstruction())),
                new ConstructionHeuristicPhaseConfig(),
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(markConstructed))), problem, onNewBest);
        var left = settings.timeLimit().minusNanos(System.nanoTime() - startNanos);
        if (stopRequested || !constructed.get() || left.isNegative() || left.isZero()
                || built.getScore().equals(settings.provenOptimum())) {
            return built;
        }
        return solveOnce(solverConfig(settings.withTimeLimit(left)).withPhases(localSearch(built)), built, onNewBest);
    }

    private AgendaSolution solveOnce(SolverConfig config, AgendaSolution problem,
            Consumer<HardMediumSoftLongScore> onNewBest) {
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
     * Late acceptance over the last 100 steps (rather than Timefold's 400: on generated meetings of 300 items it
     * reaches the same scores in fewer moves), over the moves that can change something in this meeting (see
     * {@link #movesFor}). docs/model.md, "The search", has the comparison; benchmarks/ its configuration.
     */
    static LocalSearchPhaseConfig localSearch(AgendaSolution built) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(movesFor(built))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * The moves worth trying from the programme the construction built. An item that may go to one body only and keeps
     * agenda order has its place in that body's list settled by the agenda: moving it anywhere else in a list breaks a
     * hard rule. So once the construction has placed every item and none may go to another body or is free, the lists
     * are as good as they can be, and the search spends its moves on what is still open: the session each item waits
     * for (and how far it is shortened); list changes stay, at a tenth of that, as a way back should the search
     * take an item out. Otherwise (an item left out, which another may have to make room for; an item that may go to
     * another body; a free item) list changes, swaps and runs of items carried or swapped come in too. On the
     * generated meeting of 300 items in four bodies, where nearly every list move of Timefold's default mix broke a hard
     * rule, 100,000 moves reach -2070soft rather than -2205soft, and the default solve -2005soft (docs/model.md, "The
     * search"). A shortening move appears only where some item may be shortened.
     */
    static UnionMoveSelectorConfig movesFor(AgendaSolution built) {
        var moves = new ArrayList<MoveSelectorConfig<?>>();
        moves.add(changeOf(EARLIEST_SESSION));
        if (built.getItems().stream().anyMatch(item -> item.mostCut() > 0)) {
            moves.add(changeOf(CUT));
        }
        boolean listsOpen = built.getItems().stream()
                .anyMatch(item -> item.getBodyPlan() == null || mayChangeItsPlaceInTheLists(item));
        if (listsOpen) {
            moves.add(new ListChangeMoveSelectorConfig());
            moves.add(new ListSwapMoveSelectorConfig());
            moves.add(new SubListChangeMoveSelectorConfig());
            moves.add(new SubListSwapMoveSelectorConfig());
        } else {
            moves.add(new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(LIST_MOVES_WHEN_ORDER_IS_SETTLED));
        }
        return new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(new MoveSelectorConfig<?>[0]));
    }

    /** Against the other moves' weight of 1: a way back for an item taken out, at little cost in time. */
    static final double LIST_MOVES_WHEN_ORDER_IS_SETTLED = 0.1;

    private static final String EARLIEST_SESSION = "earliestSession";
    private static final String CUT = "cut";

    /** An item that may go to more than one body, or a free one, can take more than one place in the lists. */
    static boolean mayChangeItsPlaceInTheLists(Item item) {
        return !item.isPinned() && (item.allowedBodies().size() > 1 || !item.followsAgendaOrder());
    }

    private static ChangeMoveSelectorConfig changeOf(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Item.class))
                .withValueSelectorConfig(new ValueSelectorConfig(variable))
                .withFixedProbabilityWeight(1.0);
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
