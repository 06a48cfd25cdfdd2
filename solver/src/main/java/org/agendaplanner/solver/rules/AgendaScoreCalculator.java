package org.agendaplanner.solver.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.Session;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The score the search works with: the rules of {@link AgendaConstraints}, counted by hand. A move changes one or
 * two bodies' lists, or one item's "not before" session; only the bodies it touches are recounted ({@link BodyTally}),
 * and the few rules that span bodies (explicit order links, together, interpretation teams and budget, earlier
 * alternatives) are counted from figures the bodies keep.
 * <p>
 * {@link AgendaConstraints} stays the definition of the rules: explanations, comparisons and the rule tests use it,
 * and every test that solves under full assertion checks, move by move, that this calculator agrees with it. The
 * reason for a second implementation is speed alone: the constraint streams spent most of a move re-joining items
 * whose start had shifted along the list.
 */
public final class AgendaScoreCalculator implements IncrementalScoreCalculator<AgendaSolution, HardMediumSoftLongScore> {

    private static final Rule[] RULES = Rule.values();
    private static final String PLACEMENT = "placement";
    private static final String CUT = "cut";

    private AgendaSolution solution;
    private MeetingLimits limits;
    private final Map<BodyPlan, BodyTally> tallyOfBody = new IdentityHashMap<>();
    private final List<BodyTally> tallies = new ArrayList<>();
    private boolean resetNeeded;
    private BodyPlan lastTouchedPlan;
    private BodyTally lastTouchedTally;
    private final long[] hardWeight = new long[RULES.length];
    private final long[] mediumWeight = new long[RULES.length];
    private final long[] softWeight = new long[RULES.length];
    private final long[] totals = new long[RULES.length];
    private long agendaLeftOutCost;

    private final List<Item[]> orderLinks = new ArrayList<>();
    private final List<Item[]> togetherLinks = new ArrayList<>();

    /** Per session (by its place in the meeting's list): how many of its windows hold a segment. */
    private int[] windowsInUse;
    /** Per body and window: the session's place in the meeting's list. */
    private final Map<BodyTally, int[]> sessionOfWindow = new IdentityHashMap<>();
    private boolean[] interpreted;
    private int interpretedSessionsInUse;
    /** Moments at which interpreted sessions start: the sessions that start then, and those that run then. */
    private int[][] startingAt;
    private int[][] runningAt;
    private boolean teamsStale;
    private long teamsTotal;

    @Override
    public void resetWorkingSolution(AgendaSolution workingSolution) {
        solution = workingSolution;
        limits = workingSolution.getLimits();
        resetNeeded = false;
        readWeights();
        var items = workingSolution.getItems();
        var itemsById = new HashMap<String, Item>();
        agendaLeftOutCost = 0;
        for (int index = 0; index < items.size(); index++) {
            var item = items.get(index);
            if (item.agendaIndex() != index) {
                throw new IllegalStateException("Item " + item.id() + " has agenda index " + item.agendaIndex()
                        + " at place " + index + "; the score calculator indexes items by agenda index.");
            }
            itemsById.put(item.id(), item);
            agendaLeftOutCost += item.leftOutCost();
        }
        readLinks(itemsById);
        readSessions(workingSolution.getSessions());
        tallyOfBody.clear();
        tallies.clear();
        lastTouchedPlan = null;
        lastTouchedTally = null;
        sessionOfWindow.clear();
        var sessionIndex = new IdentityHashMap<Session, Integer>();
        for (var session : workingSolution.getSessions()) {
            sessionIndex.put(session, sessionIndex.size());
        }
        for (var plan : workingSolution.getBodyPlans()) {
            var tally = new BodyTally(plan, limits, workingSolution.getSessions(), items.size());
            items.forEach(tally::allow);
            tallyOfBody.put(plan, tally);
            tallies.add(tally);
            sessionOfWindow.put(tally, tally.windows().stream()
                    .mapToInt(window -> sessionIndex.get(window.session())).toArray());
        }
        windowsInUse = new int[workingSolution.getSessions().size()];
        interpretedSessionsInUse = 0;
        teamsStale = true;
    }

    private void readWeights() {
        var overrides = solution.getConstraintWeightOverrides();
        for (var rule : RULES) {
            var weight = overrides == null ? null : overrides.getConstraintWeight(rule.constraintName());
            if (weight == null) {
                weight = rule.defaultWeight();
            }
            hardWeight[rule.ordinal()] = weight.hardScore();
            mediumWeight[rule.ordinal()] = weight.mediumScore();
            softWeight[rule.ordinal()] = weight.softScore();
        }
    }

    /** Links by item; a link named twice counts once, as the constraint streams count distinct pairs. */
    private void readLinks(Map<String, Item> itemsById) {
        orderLinks.clear();
        for (var link : new LinkedHashSet<>(solution.getOrderLinks())) {
            var before = itemsById.get(link.beforeId());
            var after = itemsById.get(link.afterId());
            if (before != null && after != null) {
                orderLinks.add(new Item[] {before, after});
            }
        }
        togetherLinks.clear();
        for (var link : solution.getTogetherLinks()) {
            var first = itemsById.get(link.firstId());
            var second = itemsById.get(link.secondId());
            if (first != null && second != null) {
                togetherLinks.add(new Item[] {first, second});
            }
        }
    }

    private void readSessions(List<Session> sessions) {
        interpreted = new boolean[sessions.size()];
        var starts = new TreeMap<Integer, List<Integer>>();
        for (int index = 0; index < sessions.size(); index++) {
            var session = sessions.get(index);
            interpreted[index] = session.isInterpreted();
            if (session.isInterpreted()) {
                starts.computeIfAbsent(session.start(), start -> new ArrayList<>()).add(index);
            }
        }
        startingAt = new int[starts.size()][];
        runningAt = new int[starts.size()][];
        int moment = 0;
        for (var entry : starts.entrySet()) {
            startingAt[moment] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            int at = entry.getKey();
            var running = new ArrayList<Integer>();
            for (int index = 0; index < sessions.size(); index++) {
                var session = sessions.get(index);
                if (session.isInterpreted() && session.start() <= at && at < session.end()) {
                    running.add(index);
                }
            }
            runningAt[moment] = running.stream().mapToInt(Integer::intValue).toArray();
            moment++;
        }
    }

    // ---- What a move touches: a list, or an item's basic variables. Shadows follow within the same body. ----

    @Override
    public void beforeListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        touch((BodyPlan) entity);
    }

    @Override
    public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        touch((BodyPlan) entity);
    }

    /**
     * An item's session to wait for counts only through its placement, which Timefold announces when it changes: so
     * a move that leaves it where it was (waiting for a session the item starts after anyway) costs no recount. A cut
     * counts by itself too (rule Shortened).
     */
    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        if (PLACEMENT.equals(variableName) || CUT.equals(variableName)) {
            touch(((Item) entity).getBodyPlan());
        }
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        if (PLACEMENT.equals(variableName) || CUT.equals(variableName)) {
            touch(((Item) entity).getBodyPlan());
        }
    }

    private void touch(BodyPlan plan) {
        if (plan == null) {
            return;
        }
        // A move announces every item after a moved one, all of one body: look the body up once.
        if (plan == lastTouchedPlan) {
            lastTouchedTally.dirty = true;
            return;
        }
        var tally = tallyOfBody.get(plan);
        if (tally != null) {
            lastTouchedPlan = plan;
            lastTouchedTally = tally;
        }
        if (tally == null) {
            resetNeeded = true;
        } else {
            tally.dirty = true;
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        resetNeeded = true;
    }

    @Override
    public void afterEntityAdded(Object entity) {
        resetNeeded = true;
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        resetNeeded = true;
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        resetNeeded = true;
    }

    // ---- The score. ----

    @Override
    public HardMediumSoftLongScore calculateScore() {
        if (resetNeeded) {
            resetWorkingSolution(solution);
        }
        Arrays.fill(totals, 0);
        long scheduledMinutes = 0;
        for (var tally : tallies) {
            if (tally.dirty) {
                recount(tally);
            }
            for (int rule = 0; rule < totals.length; rule++) {
                totals[rule] += tally.totals[rule];
            }
            scheduledMinutes += tally.itemMinutes();
        }
        totals[Rule.UNSCHEDULED.ordinal()] += agendaLeftOutCost - scheduledMinutes;
        countExplicitOrderLinks();
        countTogether();
        countInterpretation();
        countEarlierAlternatives();
        // In long: near the limits (5,000 items, 366 days, weights of 1,000) a rule's total passes the int range.
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (int rule = 0; rule < totals.length; rule++) {
            hard -= hardWeight[rule] * totals[rule];
            medium -= mediumWeight[rule] * totals[rule];
            soft -= softWeight[rule] * totals[rule];
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    /** What one rule cost at the last {@link #calculateScore()}: lets the tests hold each rule to the streams'. */
    HardMediumSoftLongScore scoreOf(Rule rule) {
        long total = totals[rule.ordinal()];
        return HardMediumSoftLongScore.of(-hardWeight[rule.ordinal()] * total, -mediumWeight[rule.ordinal()] * total,
                -softWeight[rule.ordinal()] * total);
    }

    /** Recounts a body, and keeps track of which interpreted sessions hold a segment. */
    private void recount(BodyTally tally) {
        var sessions = sessionOfWindow.get(tally);
        useWindows(tally, sessions, -1);
        tally.recount();
        useWindows(tally, sessions, 1);
        tally.dirty = false;
    }

    private void useWindows(BodyTally tally, int[] sessions, int change) {
        for (int window = 0; window < sessions.length; window++) {
            if (tally.segmentCount[window] == 0) {
                continue;
            }
            int session = sessions[window];
            boolean wasInUse = windowsInUse[session] > 0;
            windowsInUse[session] += change;
            if (interpreted[session] && wasInUse != windowsInUse[session] > 0) {
                interpretedSessionsInUse += change;
                teamsStale = true;
            }
        }
    }

    /**
     * The explicit links of the Order rule. A link between two items of one body that agenda order already
     * covers counts once, as the constraint streams' {@code distinct()} has it.
     */
    private void countExplicitOrderLinks() {
        for (var link : orderLinks) {
            var before = link[0];
            var after = link[1];
            if (!before.isScheduled() || !after.isScheduled() || after.start() >= before.end()) {
                continue;
            }
            boolean alsoAgendaOrder = before.getBodyPlan() == after.getBodyPlan() && before.followsAgendaOrder()
                    && after.followsAgendaOrder() && before.agendaIndex() < after.agendaIndex();
            if (!alsoAgendaOrder) {
                totals[Rule.ORDER.ordinal()] += SpanningRules.minutesEarly(before, after);
            }
        }
    }

    private void countTogether() {
        for (var link : togetherLinks) {
            var first = link[0];
            var second = link[1];
            if (!first.isScheduled() || !second.isScheduled()) {
                continue;
            }
            // As Item.itemsBetween counts them, from the positions the body's tally has just read.
            int between = -1;
            if (first.getBodyPlan() == second.getBodyPlan()) {
                var position = tallyOfBody.get(first.getBodyPlan()).position;
                between = Math.abs(position[first.agendaIndex()] - position[second.agendaIndex()]) - 1;
            }
            if (between != 0) {
                totals[Rule.TOGETHER.ordinal()] += SpanningRules.separation(between);
            }
        }
    }

    /** Interpretation teams at each moment an interpreted session starts, and the budget of interpreted sessions. */
    private void countInterpretation() {
        if (teamsStale) {
            teamsTotal = 0;
            for (int moment = 0; moment < startingAt.length; moment++) {
                if (!anyInUse(startingAt[moment])) {
                    continue;
                }
                int running = 0;
                for (int session : runningAt[moment]) {
                    if (windowsInUse[session] > 0) {
                        running++;
                    }
                }
                teamsTotal += Math.max(0, running - limits.interpretationTeams());
            }
            teamsStale = false;
        }
        totals[Rule.INTERPRETATION_TEAMS.ordinal()] += teamsTotal;
        if (limits.maxInterpretedSessions() != null) {
            totals[Rule.INTERPRETATION_BUDGET.ordinal()] +=
                    Math.max(0, interpretedSessionsInUse - limits.maxInterpretedSessions());
        }
    }

    private boolean anyInUse(int[] sessions) {
        for (int session : sessions) {
            if (windowsInUse[session] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Only when alternatives are asked for: every item starting as in an earlier alternative is a repeat. */
    private void countEarlierAlternatives() {
        for (EarlierAlternative alternative : solution.getEarlierAlternatives()) {
            int same = 0;
            for (var item : solution.getItems()) {
                if (alternative.startsAsBefore(item)) {
                    same++;
                }
            }
            if (same == alternative.itemCount()) {
                totals[Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES.ordinal()]++;
            }
        }
    }
}
