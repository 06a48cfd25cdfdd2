package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.exact.ExactPlan;
import org.agendaplanner.solver.exact.ExactPlanner;
import org.agendaplanner.solver.exact.ProvenBound;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * The solving policy, in one place for the command line, the benchmarks, the tests and any other front end: when
 * the exact dynamic program runs, what the search is told about its optimum, which programme is kept when a limit
 * comes first, how alternatives follow one another. It prints nothing and never exits; progress and stopping go
 * through {@link Settings#progress()} and {@link Settings#stop()}.
 *
 * <p>The policy: where the exact program applies (one body in strict agenda order, see
 * {@link ExactPlanner#reasonNotApplicable}) and the meeting has up to {@value #EXACT_UP_TO_ITEMS} items (any size with
 * {@link Settings#exactOnly()}), it runs first; an optimum that places every item without breaking a hard rule is
 * the optimum overall and is the answer at once. Otherwise the search plans. {@link Settings#searchToOptimum()}
 * instead hands the proven optimum to the search as its target, which it pursues however long it goes without
 * improving; should a limit or a stop come first, the exact programme is kept.
 */
public final class Planner {

    /** Up to this size the exact program runs before the search; it takes well under a second there. */
    public static final int EXACT_UP_TO_ITEMS = 100;

    /**
     * Steps without a better programme after which the search ends, unless told otherwise: 5,000, or 100 per item when
     * that is more. A step changes one item, so a larger meeting needs more of them before every item has had its
     * chances: on the generated meeting of 300 items in four bodies, 5,000 steps stopped 3 to 10 % short of what long
     * runs find, 30,000 reach it (docs/model.md, "The search").
     */
    public static int unimprovedStepsFor(int itemCount) {
        return Math.max(MIN_UNIMPROVED_STEPS, UNIMPROVED_STEPS_PER_ITEM * itemCount);
    }

    static final int MIN_UNIMPROVED_STEPS = 5_000;
    static final int UNIMPROVED_STEPS_PER_ITEM = 100;

    /** How a programme was found. */
    public enum Method {
        /** By the search; not proven optimal. */
        SEARCH,
        /** By the exact dynamic program, which proves it optimal. */
        EXACT,
        /** By the search, which reached the optimum the exact program proved. */
        SEARCH_REACHED_OPTIMUM,
        /** A limit or a stop came before the search reached the proven optimum: the exact programme is kept. */
        EXACT_AFTER_LIMIT
    }

    /** Hears how a solve goes; called on the solving thread, so it must return quickly. */
    @FunctionalInterface
    public interface ProgressListener {
        /** A better programme for the alternative of that number (1 for a single solve): the search's or the exact. */
        void newBest(int alternative, HardMediumSoftLongScore score, Duration elapsed);

        ProgressListener NONE = (alternative, score, elapsed) -> { };
    }

    /**
     * A way to stop a solve from another thread (a signal handler, a web request): the solve returns what it has as
     * soon as it can, marked {@link Plan#stopped()}. One stop may serve several solves running at once (the
     * independent solves of {@link IndependentSolves}): a request stops them all.
     */
    public static final class Stop {
        private volatile boolean requested;
        private final Set<AgendaSolver> running = ConcurrentHashMap.newKeySet();

        /** Safe to call from any thread, at any moment, any number of times. */
        public void request() {
            requested = true;
            running.forEach(AgendaSolver::stopEarly);
        }

        public boolean isRequested() {
            return requested;
        }

        private void attach(AgendaSolver solver) {
            running.add(solver);
            // A request that came while attaching must reach this solver too.
            if (requested) {
                solver.stopEarly();
            }
        }

        private void detach(AgendaSolver solver) {
            running.remove(solver);
        }
    }

    /**
     * What to plan with.
     *
     * @param timeLimit the whole solve's budget: the exact program, every alternative's search and the counting that
     *        checks each programme; alternatives share what is left
     * @param unimprovedStepLimit the search ends after that many steps without a better programme, so that the result
     *        depends only on the meeting and the seed; null for {@link #unimprovedStepsFor the meeting's size}
     * @param moveLimit when not null, the search ends after that many moves instead: the same result on any machine
     * @param seed the search's random seed
     * @param exactOnly take the exact program's programme at any size; where it does not apply, search as usual (the
     *        alternative says why, in {@link Alternative#exactNotApplicable()})
     * @param searchToOptimum let the search pursue the exact program's optimum rather than take it (to measure the
     *        search; see the class comment)
     * @param overrides scenario settings, {@code key=value} (see {@link Scenario})
     * @param alternatives how many programmes, each starting at least one item in another session than those before
     *        (searched side by side, see {@link Planner#plan})
     * @param progress hears each better programme
     * @param stop stops the solve from another thread
     * @param environmentMode Timefold's; full assertion checks the hand count against the rules after every move
     * @param parallelism how many alternatives may be searched at once (see {@link Planner#plan}); the programmes are
     *        the same for any value
     */
    public record Settings(Duration timeLimit, Integer unimprovedStepLimit, Long moveLimit, long seed, boolean exactOnly,
            boolean searchToOptimum, List<String> overrides, int alternatives, ProgressListener progress, Stop stop,
            EnvironmentMode environmentMode, int parallelism) {

        public Settings {
            Objects.requireNonNull(timeLimit, "timeLimit");
            overrides = List.copyOf(overrides);
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(stop, "stop");
            Objects.requireNonNull(environmentMode, "environmentMode");
            if (alternatives < 1) {
                throw new IllegalArgumentException("alternatives takes 1 or more, not " + alternatives);
            }
            if (unimprovedStepLimit != null && unimprovedStepLimit < 1) {
                throw new IllegalArgumentException("unimprovedStepLimit takes 1 or more, not " + unimprovedStepLimit);
            }
            if (moveLimit != null && moveLimit < 1) {
                throw new IllegalArgumentException("moveLimit takes 1 or more, not " + moveLimit);
            }
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism takes 1 or more, not " + parallelism);
            }
        }

        /** What {@code agenda solve} does without options. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(60), null, null, 0, false, false, List.of(), 1,
                    ProgressListener.NONE, new Stop(), EnvironmentMode.NO_ASSERT,
                    IndependentSolves.defaultParallelism());
        }

        public Settings withTimeLimit(Duration value) {
            return new Settings(value, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum, overrides,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        /** {@code null} for {@link #unimprovedStepsFor the meeting's size}. */
        public Settings withUnimprovedStepLimit(Integer value) {
            return new Settings(timeLimit, value, moveLimit, seed, exactOnly, searchToOptimum, overrides,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        /** {@code null} for none. */
        public Settings withMoveLimit(Long value) {
            return new Settings(timeLimit, unimprovedStepLimit, value, seed, exactOnly, searchToOptimum, overrides,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        public Settings withSeed(long value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, value, exactOnly, searchToOptimum,
                    overrides, alternatives, progress, stop, environmentMode, parallelism);
        }

        public Settings withExactOnly(boolean value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, value, searchToOptimum, overrides,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        public Settings withSearchToOptimum(boolean value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, value, overrides,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        public Settings withOverrides(List<String> value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum, value,
                    alternatives, progress, stop, environmentMode, parallelism);
        }

        public Settings withAlternatives(int value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum,
                    overrides, value, progress, stop, environmentMode, parallelism);
        }

        public Settings withProgress(ProgressListener value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum,
                    overrides, alternatives, value, stop, environmentMode, parallelism);
        }

        public Settings withStop(Stop value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum,
                    overrides, alternatives, progress, value, environmentMode, parallelism);
        }

        public Settings withEnvironmentMode(EnvironmentMode value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum,
                    overrides, alternatives, progress, stop, value, parallelism);
        }

        public Settings withParallelism(int value) {
            return new Settings(timeLimit, unimprovedStepLimit, moveLimit, seed, exactOnly, searchToOptimum,
                    overrides, alternatives, progress, stop, environmentMode, value);
        }
    }

    /**
     * One programme and how it came about.
     *
     * @param number 1, 2, ... in the order found
     * @param solvedFile the meeting with its {@code programme} (score, starts, segments, unscheduled, overrides)
     * @param solution the solver's view of it, scored, for analysis (why items were left out, say)
     * @param method how it was found
     * @param provenOptimum the exact program's optimum, when it proved one
     * @param exactNotApplicable with {@link Settings#exactOnly()}, why the exact program did not plan it
     * @param constructionFinished whether every item was tried; when not, a limit or a stop came during the
     *        construction, and the items not yet reached are left out for want of time, not of room
     * @param searchScore with {@link Method#EXACT_AFTER_LIMIT}, the score the search had reached
     * @param time how long it took, the exact program included
     */
    public record Alternative(int number, MeetingFile solvedFile, AgendaSolution solution, Method method,
            HardMediumSoftLongScore provenOptimum, Optional<String> exactNotApplicable, boolean constructionFinished,
            HardMediumSoftLongScore searchScore, Duration time) {

        public HardMediumSoftLongScore score() {
            return solution.getScore();
        }

        /** Feasible as a planner means it: no hard rule broken and every item placed. */
        public boolean isFeasible() {
            return score().hardScore() == 0 && score().mediumScore() == 0;
        }
    }

    /**
     * What a solve gave.
     *
     * @param alternatives the programmes, best first; fewer than asked when no further one keeps every hard rule, or
     *        when stopped; none when stopped before the first was found
     * @param stopped whether {@link Settings#stop()} ended it
     * @param bound where the exact program did not prove the first programme optimal: the proven bound on the best
     *        score (or why there is none, {@link ProvenBound.Bound#reasonNotApplicable()}); {@code null} when the
     *        optimum is proven or the solve was stopped
     * @param time how long the whole solve took
     */
    public record Plan(List<Alternative> alternatives, boolean stopped, ProvenBound.Bound bound, Duration time) {

        public Plan {
            alternatives = List.copyOf(alternatives);
        }

        public Plan(List<Alternative> alternatives, boolean stopped, Duration time) {
            this(alternatives, stopped, null, time);
        }

        public Optional<Alternative> best() {
            return alternatives.stream().findFirst();
        }

        public Optional<ProvenBound.Bound> provenBound() {
            return Optional.ofNullable(bound);
        }
    }

    private Planner() {
    }

    /**
     * Plans a validated meeting file with the given settings.
     *
     * <p>Alternatives: the first is planned alone. Each further one, number {@code k}, is then searched with seed
     * {@code seed + k - 1} and the hard rule that it differ from the first, all of them at once (up to
     * {@link Settings#parallelism()}), since none depends on another. They are then taken in order: one that repeats
     * an alternative taken before it (the rule only kept it from repeating the first) is searched again, alone, to
     * differ from every one before it. Every search thus depends only on the meeting, its seed and the alternatives
     * before it, never on which finished first, so the programmes are the same whatever the parallelism.
     *
     * @param fileName how messages name the file
     * @throws InvalidInputException when the file cannot be planned as it stands
     * @throws Scenario.InvalidSettingException when a scenario setting is wrong
     */
    public static Plan plan(MeetingFile meeting, String fileName, Settings settings) throws InvalidInputException {
        long startNanos = System.nanoTime();
        AgendaSolver.prepareCountingInBackground();
        var scenario = Scenario.apply(meeting, settings.overrides());
        var stop = settings.stop();
        var bound = boundBeside(scenario, fileName);
        var found = new ArrayList<Alternative>();
        // The first gets its share as if all ran one after another, so that its programme does not depend on the
        // parallelism even when the time limit cuts its search short.
        var first = planOnce(scenario, fileName, settings, 1, List.of(),
                settings.timeLimit().dividedBy(settings.alternatives()));
        if (first.isPresent()) {
            found.add(first.get());
            if (settings.alternatives() > 1 && !stop.isRequested()) {
                planFurther(scenario, fileName, settings, found, startNanos);
            }
        }
        boolean boundWanted = !found.isEmpty() && !stop.isRequested() && found.get(0).provenOptimum() == null;
        return new Plan(found, stop.isRequested(),
                boundWanted ? awaitBound(bound, settings.timeLimit().minusNanos(System.nanoTime() - startNanos)) : null,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /**
     * The bound, waited for no longer than the time left: a programme is never held back for it, nor lost when working
     * the bound out fails.
     */
    private static ProvenBound.Bound awaitBound(CompletableFuture<ProvenBound.Bound> bound, Duration left) {
        try {
            return bound.get(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ProvenBound.Bound.notApplicable("the time limit came before it was worked out");
        } catch (ExecutionException e) {
            // Never lose the programme for the bound's sake: say what went wrong instead.
            return ProvenBound.Bound.notApplicable("working it out failed (" + e.getCause() + "); please report this");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProvenBound.Bound.notApplicable("interrupted before it was worked out");
        }
    }

    /**
     * The proven bound, worked out on a thread of its own while the search runs (it takes up to a second or so on a
     * large meeting, which would otherwise come after the search); the problem is built afresh, as the search changes
     * its own. A daemon thread: a stopped solve does not wait for it.
     */
    private static CompletableFuture<ProvenBound.Bound> boundBeside(MeetingFile scenario, String fileName) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ProvenBound.of(scenario, fileName);
            } catch (InvalidInputException e) {
                throw new CompletionException(e); // the search refuses the same file, and says why first
            }
        }, work -> {
            var thread = new Thread(work, "agenda-bound");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Alternatives 2, 3, …: searched side by side, then taken in order (see {@link #plan}). */
    private static void planFurther(MeetingFile scenario, String fileName, Settings settings, List<Alternative> found,
            long startNanos) throws InvalidInputException {
        var stop = settings.stop();
        var numbers = IntStream.rangeClosed(2, settings.alternatives()).boxed().toList();
        int rounds = (numbers.size() + settings.parallelism() - 1) / settings.parallelism();
        var share = settings.timeLimit().minusNanos(System.nanoTime() - startNanos).dividedBy(rounds);
        var differFromFirst = List.of(earlierAlternative(found.get(0)));
        var candidates = IndependentSolves.run(numbers, settings.parallelism(), number -> planOnce(scenario, fileName,
                settings.withSeed(settings.seed() + number - 1), number, differFromFirst, share));
        for (int index = 0; index < candidates.size(); index++) {
            int number = numbers.get(index);
            var alternative = candidates.get(index);
            if (alternative.isPresent() && repeatsOneOf(alternative.get(), found) && !stop.isRequested()) {
                var earlier = found.stream().map(Planner::earlierAlternative).toList();
                var left = settings.timeLimit().minusNanos(System.nanoTime() - startNanos);
                alternative = planOnce(scenario, fileName, settings.withSeed(settings.seed() + number - 1), number,
                        earlier, left.dividedBy(settings.alternatives() - number + 1L));
            }
            if (alternative.isEmpty() || alternative.get().score().hardScore() < 0
                    || repeatsOneOf(alternative.get(), found)) {
                break; // stopped, or no further alternative keeps every hard rule
            }
            found.add(alternative.get());
        }
    }

    /** Whether the programme starts every item in the same session as one of those, or leaves it out too. */
    private static boolean repeatsOneOf(Alternative alternative, List<Alternative> earlier) {
        var items = alternative.solution().getItems();
        return earlier.stream().map(Planner::earlierAlternative)
                .anyMatch(before -> items.stream().allMatch(before::startsAsBefore));
    }

    /** One programme, or empty when stopped before there was one. */
    private static Optional<Alternative> planOnce(MeetingFile meeting, String fileName, Settings settings, int number,
            List<EarlierAlternative> earlier, Duration timeLimit) throws InvalidInputException {
        long startNanos = System.nanoTime();
        var planning = ProblemFactory.build(meeting, fileName, programmeUse(meeting));
        planning.solution().setEarlierAlternatives(List.copyOf(earlier));
        var notApplicable = ExactPlanner.reasonNotApplicable(planning.solution());
        boolean runExact = notApplicable.isEmpty()
                && (settings.exactOnly() || meeting.items().size() <= EXACT_UP_TO_ITEMS);
        var exactPlan = runExact ? ExactPlanner.solve(planning.solution()) : Optional.<ExactPlan> empty();
        // Only a programme that places every item without a hard break is the optimum overall: otherwise leaving
        // items out can do better, which is the search's business.
        var optimum = exactPlan.map(ExactPlan::score)
                .filter(score -> score.hardScore() == 0 && score.mediumScore() == 0)
                .orElse(null);
        var whyNotExact = !settings.exactOnly() || optimum != null ? Optional.<String> empty()
                : Optional.of(notApplicable.orElse("no programme places every item without breaking a hard rule"));
        if (settings.stop().isRequested()) {
            return Optional.empty();
        }
        if (optimum != null && !settings.searchToOptimum()) {
            settings.progress().newBest(number, optimum, Duration.ofNanos(System.nanoTime() - startNanos));
            var solved = AgendaSolver.score(exactPlan.get().applyTo(planning.solution()));
            return Optional.of(alternative(number, meeting, planning, solved, Method.EXACT, optimum, whyNotExact,
                    true, null, startNanos, settings));
        }

        var left = timeLimit.minusNanos(System.nanoTime() - startNanos);
        int unimprovedSteps = settings.unimprovedStepLimit() != null ? settings.unimprovedStepLimit()
                : unimprovedStepsFor(planning.solution().getItems().size());
        var solverSettings = new AgendaSolver.Settings(settings.seed(), left, unimprovedSteps,
                settings.environmentMode(), optimum, settings.moveLimit());
        var solver = new AgendaSolver(solverSettings);
        settings.stop().attach(solver);
        AgendaSolver.Outcome outcome;
        try {
            outcome = solver.search(planning.solution(), score -> settings.progress().newBest(number, score,
                    Duration.ofNanos(System.nanoTime() - startNanos)));
        } finally {
            settings.stop().detach(solver);
        }
        var solved = outcome.best();
        if (optimum == null) {
            return Optional.of(alternative(number, meeting, planning, solved, Method.SEARCH, null, whyNotExact,
                    outcome.constructionFinished(), null, startNanos, settings));
        }
        if (solved.getScore().equals(optimum)) {
            return Optional.of(alternative(number, meeting, planning, solved, Method.SEARCH_REACHED_OPTIMUM, optimum,
                    whyNotExact, true, null, startNanos, settings));
        }
        // A limit or a stop came before the search reached the optimum the exact program found: keep that.
        var exact = AgendaSolver.score(exactPlan.get().applyTo(
                ProblemFactory.build(meeting, fileName, programmeUse(meeting)).solution()));
        return Optional.of(alternative(number, meeting, planning, exact, Method.EXACT_AFTER_LIMIT, optimum,
                whyNotExact, true, solved.getScore(), startNanos, settings));
    }

    /** A file with progress is re-planned from its programme; any other is planned from scratch. */
    private static ProblemFactory.ProgrammeUse programmeUse(MeetingFile meeting) {
        return meeting.progress() != null && meeting.programme() != null ? ProblemFactory.ProgrammeUse.AS_REVISION
                : ProblemFactory.ProgrammeUse.IGNORE;
    }

    private static Alternative alternative(int number, MeetingFile meeting, Planning planning, AgendaSolution solved,
            Method method, HardMediumSoftLongScore optimum, Optional<String> whyNotExact, boolean constructionFinished,
            HardMediumSoftLongScore searchScore, long startNanos, Settings settings) {
        var programme = ProgrammeWriter.programmeOf(solved, planning.clock()).withOverrides(settings.overrides());
        return new Alternative(number, meeting.withProgramme(programme), solved, method, optimum, whyNotExact,
                constructionFinished, searchScore, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static EarlierAlternative earlierAlternative(Alternative alternative) {
        var sessions = new LinkedHashMap<String, String>();
        alternative.solvedFile().programme().items().forEach(start -> sessions.put(start.item(), start.session()));
        return new EarlierAlternative(alternative.number(), sessions, alternative.solvedFile().items().size());
    }
}
