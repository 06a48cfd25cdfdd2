package org.agendaplanner.solver.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.rules.Rule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A proven bound on the best score of a meeting the exact program does not solve as a whole: each body planned
 * alone by {@link ExactPlanner}, with what couples the bodies relaxed, and the optima added up.
 *
 * <p><b>Why it is a bound.</b> The bound is {@code 0hard/0medium/-(x_1 + … + x_n)}, where {@code x_b} is the soft
 * penalty of body {@code b}'s exact optimum when it plans only its own items, in its own sessions, with the meeting's
 * weights, budget and minimum segment, and without the links and limits listed below. Take any programme P of the
 * meeting. If P breaks a hard rule or leaves an item out, its hard or medium level is below 0 and P scores below the
 * bound (the weights of Unscheduled, Fits its body and Order are required to be above 0). Otherwise every item is
 * placed, in the one body that may take it, and each body takes its items in agenda order (Order); so P's part in
 * body {@code b} (its list and each item's earliest session) is one of the programmes the exact program ranges over,
 * and it places each item exactly as the search does ({@code Item.place} depends only on the body's own list). That
 * part breaks no hard rule of the sub-problem: the rules of one item are the same measures, and its interpreted
 * sessions are at most all of P's, which keep the budget. So its soft penalty in the sub-problem is at least
 * {@code x_b}. P's soft penalty is at least the sum of those: every soft rule is a sum of non-negative terms, the
 * rules of one item or of one body's windows (short segment, overnight, idle and unused time, preferences, stability)
 * count the same in P as in the sub-problem, and the rules left out of the sub-problem (together, drafting time)
 * only add. What each rule is to the bound is declared in {@link #TREATMENT}, which a test holds every rule to.
 *
 * <p>Relaxed, and so never counted: interpretation teams and exclusive sessions (hard: kept by any P that matters,
 * and they cannot arise inside one body), the budget as shared by the bodies (each body alone keeps it), every
 * {@code after} link (agenda order within a body remains), items to be taken together, drafting time and earlier
 * alternatives. Refused, with the reason a planner reads: an item that more than one body may take (its body is a
 * decision, not a given), a re-plan (pinned items), a weight of 0 on a rule the argument needs, a body the exact
 * program does not take (free items, items that may be shortened, overlapping sessions, …) or that cannot place all
 * its own items within the hard rules even alone, and a body of more than {@value #MAX_ITEMS_PER_BODY} items. Priorities
 * need nothing: every one weighs a minute left out at 1 or more, so leaving an item out stays below the bound.
 */
public final class ProvenBound {

    /**
     * The dynamic program's time grows faster than its items: a body of 400 items over 15 days takes about a second
     * on the development machine, which the bound, computed beside the search, may spend.
     */
    public static final int MAX_ITEMS_PER_BODY = 400;

    /** What a rule is to the bound. */
    public enum Treatment {
        /** Counted in each body's exact optimum, exactly as in the whole meeting (a rule of one item or one body). */
        PER_BODY,
        /** A hard or medium rule: any programme that breaks it scores below the bound's 0hard/0medium anyway. */
        BELOW_THE_BOUND_WHEN_BROKEN,
        /** Left out of the sub-problems: its penalties are never negative, so leaving them out can only loosen it. */
        RELAXED,
        /** The argument needs it: a meeting whose use of it the bound cannot cover is refused, saying why. */
        REFUSED_WHEN_USED
    }

    /** Every rule's treatment; {@code ProvenBoundTest} fails while a rule has none. */
    public static final Map<Rule, Treatment> TREATMENT = Collections.unmodifiableMap(treatments());

    private static Map<Rule, Treatment> treatments() {
        var treatment = new EnumMap<Rule, Treatment>(Rule.class);
        for (var rule : List.of(Rule.SHORT_SEGMENT, Rule.OVERNIGHT_CONTINUATION, Rule.IDLE_TIME,
                Rule.UNUSED_TIME_BEFORE_LATER_ITEMS, Rule.PREFERENCES, Rule.WITHIN_SESSIONS, Rule.LAST_SESSION,
                Rule.FIXED_START, Rule.TIME_WINDOW, Rule.INTERPRETATION_AVAILABLE, Rule.NOT_SPLITTABLE,
                Rule.INTERPRETATION_BUDGET, Rule.STABILITY)) {
            treatment.put(rule, Treatment.PER_BODY);
        }
        for (var rule : List.of(Rule.NO_OVERLAP, Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION, Rule.INTERPRETATION_TEAMS,
                Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES)) {
            treatment.put(rule, Treatment.BELOW_THE_BOUND_WHEN_BROKEN);
        }
        for (var rule : List.of(Rule.TOGETHER, Rule.DRAFTING_TIME)) {
            treatment.put(rule, Treatment.RELAXED);
        }
        // Unscheduled, Fits its body and Order: refused at weight 0 (every priority weighs a minute left out at 1 or
        // more, and the exact program refuses items of no minutes). Free items out of order: the exact program refuses
        // a body with free items. Shortened: the exact program plans every item at its whole estimate and refuses a
        // body with an item that may be shortened, since a shorter item could cost less elsewhere.
        for (var rule : List.of(Rule.UNSCHEDULED, Rule.FITS_ITS_BODY, Rule.ORDER, Rule.FREE_ITEM_OUT_OF_ORDER,
                Rule.SHORTENED)) {
            treatment.put(rule, Treatment.REFUSED_WHEN_USED);
        }
        return treatment;
    }

    /** The rules the argument leans on to put every programme that breaks them below the bound. */
    private static final List<Rule> MUST_WEIGH = List.of(Rule.UNSCHEDULED, Rule.FITS_ITS_BODY, Rule.ORDER);

    /**
     * One body's part.
     *
     * @param body the body's id
     * @param items how many items only it may take
     * @param optimum its exact optimum planned alone
     */
    public record BodyBound(String body, int items, HardMediumSoftLongScore optimum) {
    }

    /**
     * The bound, or why there is none.
     *
     * @param score no programme of the meeting scores better; {@code null} when the bound does not apply
     * @param bodies each body's part, when it applies
     * @param reasonNotApplicable why it does not apply, or {@code null}
     */
    public record Bound(HardMediumSoftLongScore score, List<BodyBound> bodies, String reasonNotApplicable) {

        public Bound {
            bodies = List.copyOf(bodies);
        }

        /** No bound, for the reason given (a planner reads it after "No proven bound: "). */
        public static Bound notApplicable(String reason) {
            return new Bound(null, List.of(), reason);
        }

        public boolean applies() {
            return score != null;
        }

        /**
         * How far a programme's score is from the bound, in soft points, when the programme breaks no hard rule and
         * places every item (else empty: the gap is then on another level).
         */
        public Optional<Long> softGapTo(HardMediumSoftLongScore programme) {
            if (!applies() || programme.hardScore() != 0 || programme.mediumScore() != 0) {
                return Optional.empty();
            }
            return Optional.of(score.softScore() - programme.softScore());
        }
    }

    private ProvenBound() {
    }

    /**
     * The bound of a validated meeting file, planned from scratch (for the scale benchmark and other callers that
     * hold a file rather than a problem). A file with {@code progress} is a re-plan, which the bound does not cover.
     */
    public static Bound of(MeetingFile meeting, String fileName) throws InvalidInputException {
        if (meeting.progress() != null && meeting.programme() != null) {
            return Bound.notApplicable("a re-plan keeps what happened before its moment, which the exact planner "
                    + "does not model");
        }
        // Counted on the file first, so that a meeting too large is told so without building a second problem.
        var itemsByBody = new LinkedHashMap<String, Integer>();
        for (var item : meeting.items()) {
            var bodies = item.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : item.allowedBodies();
            if (bodies.size() == 1) {
                itemsByBody.merge(bodies.get(0), 1, Integer::sum);
            }
        }
        for (var entry : itemsByBody.entrySet()) {
            if (entry.getValue() > MAX_ITEMS_PER_BODY) {
                return tooLarge(entry.getKey(), entry.getValue());
            }
        }
        return of(ProblemFactory.build(meeting, fileName, ProblemFactory.ProgrammeUse.IGNORE).solution());
    }

    private static Bound tooLarge(String body, int items) {
        return Bound.notApplicable("body " + body + " has " + items + " items; the bound plans bodies of up to "
                + MAX_ITEMS_PER_BODY + " exactly");
    }

    /** The bound of a problem as {@link ProblemFactory} builds it. Reads the problem, changes nothing in it. */
    public static Bound of(AgendaSolution problem) {
        var reason = reasonNotApplicable(problem);
        if (reason.isPresent()) {
            return Bound.notApplicable(reason.get());
        }
        var itemsByBody = new LinkedHashMap<BodyPlan, List<Item>>();
        for (var body : problem.getBodyPlans()) {
            var items = problem.getItems().stream().filter(item -> item.allowedBodies().equals(Set.of(body.id())))
                    .sorted(Comparator.comparingInt(Item::agendaIndex)).toList();
            if (items.size() > MAX_ITEMS_PER_BODY) {
                return tooLarge(body.id(), items.size());
            }
            itemsByBody.put(body, items);
        }
        var bodies = new ArrayList<BodyBound>();
        long soft = 0;
        for (var entry : itemsByBody.entrySet()) {
            var body = entry.getKey();
            var items = entry.getValue();
            if (items.isEmpty()) {
                bodies.add(new BodyBound(body.id(), 0, HardMediumSoftLongScore.ZERO));
                continue;
            }
            var alone = bodyAlone(problem, body, items);
            var whyNot = ExactPlanner.reasonNotApplicable(alone);
            if (whyNot.isPresent()) {
                return Bound.notApplicable("body " + body.id() + ": " + whyNot.get());
            }
            var optimum = ExactPlanner.solve(alone).orElseThrow().score();
            if (optimum.hardScore() != 0 || optimum.mediumScore() != 0) {
                return Bound.notApplicable("body " + body.id() + " cannot take all its items without breaking a hard "
                        + "rule even alone (its best: " + optimum + "), so the meeting's best programme leaves "
                        + "business out, which the bound does not measure");
            }
            bodies.add(new BodyBound(body.id(), items.size(), optimum));
            soft += optimum.softScore();
        }
        return new Bound(HardMediumSoftLongScore.of(0, 0, soft), bodies, null);
    }

    /** Why the bound does not cover the meeting as a whole, before any body is planned; empty when it may. */
    static Optional<String> reasonNotApplicable(AgendaSolution problem) {
        if (problem.getBodyPlans().stream().anyMatch(body -> body.pinnedCount() > 0)) {
            return Optional.of("a re-plan keeps what happened before its moment, which the exact planner does not "
                    + "model");
        }
        var overrides = problem.getConstraintWeightOverrides();
        for (var rule : MUST_WEIGH) {
            var weight = overrides == null ? null : overrides.getConstraintWeight(rule.constraintName());
            if (weight != null && weight.equals(HardMediumSoftLongScore.ZERO)) {
                return Optional.of("weights." + rule.key() + " is 0, so breaking " + rule.constraintName()
                        + " costs nothing and the bound's argument does not hold");
            }
        }
        return problem.getItems().stream().filter(item -> item.allowedBodies().size() > 1).findFirst()
                .map(item -> "item " + item.number() + " may be taken up by " + item.allowedBodies().size()
                        + " bodies; the bound needs each item's body given");
    }

    /**
     * The body's own meeting: its sessions and items, the meeting's weights, budget and minimum segment; no links,
     * no drafting time, no earlier alternatives, at least one interpretation team. The items and the body's timeline
     * are the problem's own, so each item is placed exactly as the search places it.
     */
    private static AgendaSolution bodyAlone(AgendaSolution problem, BodyPlan body, List<Item> items) {
        var limits = problem.getLimits();
        var relaxed = new MeetingLimits(Math.max(1, limits.interpretationTeams()), limits.maxInterpretedSessions(),
                limits.minSegmentMinutes(), 0);
        List<Session> sessions = problem.getSessions().stream().filter(session -> session.bodyId().equals(body.id()))
                .sorted(Comparator.comparingInt(Session::start)).toList();
        var plan = new BodyPlan(body.id(), body.timeline());
        return new AgendaSolution(sessions, List.of(), relaxed, List.of(plan), items,
                problem.getConstraintWeightOverrides());
    }
}
