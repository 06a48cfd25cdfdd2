package org.agendaplanner.solver.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.Timeline;
import org.agendaplanner.solver.domain.Window;
import org.agendaplanner.solver.rules.ItemRules;
import org.agendaplanner.solver.rules.Rule;
import org.agendaplanner.solver.rules.SegmentRules;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The proven optimum of a meeting of one body whose items keep strict agenda order: a reference for the solver.
 *
 * <p>Such a meeting is a line-breaking problem. Items are laid in agenda order along the body's timeline (its
 * windows: sessions less blocks), each where the previous one ends unless its {@code earliestSession}, fixed
 * start or {@code notBefore} pushes it later; what does not fit in a window continues at the start of the
 * next. The only decision per item is therefore "right after the previous item" or "at the start of some
 * later session", and {@link Timeline#placeFrom} (the solver's own placement) turns it into segments.
 *
 * <p><b>Recurrence.</b> After items {@code 0..i-1} the state is {@code (e, l, w, u, q)}: {@code e} the end of
 * item {@code i-1} (the first window's start when {@code i = 0}), {@code l} and {@code w} the end and the window
 * of the last segment laid (the same {@code e}, unless item {@code i-1} found no room; none at first), {@code u} the interpreted sessions in use, capped at the budget (kept only when the budget
 * can bind), {@code q} the unused minutes not yet charged because only the adoption of the report follows
 * them. With {@code p = placeFrom(item i, max(e, choice, the item's own earliest start))} (fixed, notBefore,
 * last session; see {@link Item#earliestOwnStart}):
 * <pre>
 *   C(0, (first start, first start, none, 0, 0)) = 0
 *   C(i+1, s') = min over states s of layer i and choices of  C(i, s) + own(i, p) + joint(s, p)
 *   optimum    = min over states s of layer n of C(n, s)
 * </pre>
 * {@code own} holds the rules an item's placement settles alone: those of {@link ItemRules#countPlacement}, which the
 * search's hand count charges too, and interpretation available.
 * {@code joint} walks p's segments on from {@code (l, w)}, so that the per-window rules become additive: a
 * segment in window {@code w} is idle for {@code start - l}; a segment in a later window is idle for
 * {@code start - window start} and adds to {@code q} everything it skips, the rest of {@code w} after {@code l}
 * and every window strictly between; a segment of an item other than a last-session one then charges
 * {@code q} as unused time before later items and empties it; entering a new interpreted session counts it
 * against the budget. Nothing is charged at the end: windows after the last segment, and those before only
 * the adoption of the report, are the meeting's slack. Scores are compared lexicographically, an order that
 * addition preserves, so keeping only the cheapest way into each state loses nothing. Costs are the rules'
 * weights, including a meeting's {@code rules.weights}. What each rule is to this program (charged, cannot
 * arise here, or refused with a reason) is declared in {@link ExactCoverage}.
 *
 * <p>The optimum is over programmes that place every item. When it breaks no hard rule it is the optimum of
 * the solver's whole search space too: leaving an item out costs at the medium level, and putting items out
 * of agenda order breaks the order rule. A planner's draft starts ({@code ProgrammeUse.AS_DRAFT}) are not
 * taken into account: plan a problem built with {@code ProgrammeUse.IGNORE}.
 */
public final class ExactPlanner {

    private ExactPlanner() {
    }

    /** The optimal programme, or empty when the meeting is not of the form solved here (see the reason). */
    public static Optional<ExactPlan> solve(AgendaSolution problem) {
        if (reasonNotApplicable(problem).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Search(problem).run());
    }

    /**
     * Why the meeting is not one this planner solves exactly, or empty when it is: the reason a planner reads when
     * {@code solve --exact} does not apply. The conditions are listed, rule by rule, in {@link ExactCoverage}.
     */
    public static Optional<String> reasonNotApplicable(AgendaSolution problem) {
        return ExactCoverage.reasonNotApplicable(problem);
    }

    private static List<Session> sessionsOf(AgendaSolution problem) {
        return problem.getSessions().stream().sorted(Comparator.comparingInt(Session::start)).toList();
    }

    /** The dynamic program over one meeting. */
    private static final class Search {

        private final BodyPlan body;
        private final List<Window> windows;
        private final Session lastSession;
        private final Map<Window, Integer> windowIndex = new IdentityHashMap<>();
        /** {@code minutesBefore[k]}: minutes of windows {@code 0..k-1}, to charge the windows a jump skips. */
        private final int[] minutesBefore;
        private final List<Session> sessions;
        private final List<Item> items;
        private final Map<Rule, HardMediumSoftLongScore> weights = new EnumMap<>(Rule.class);
        private final int minSegment;
        /** The budget of interpreted sessions when it can bind, else {@code null} (and sessions are not counted). */
        private final Integer budget;
        /** Placements by item and earliest start: a jump to a session lands the same way from every state. */
        private final List<Map<Integer, Placement>> placements;

        Search(AgendaSolution problem) {
            body = problem.getBodyPlans().get(0);
            windows = body.timeline().windows();
            lastSession = body.timeline().lastSession();
            minutesBefore = new int[windows.size() + 1];
            for (int k = 0; k < windows.size(); k++) {
                windowIndex.put(windows.get(k), k);
                minutesBefore[k + 1] = minutesBefore[k] + windows.get(k).minutes();
            }
            sessions = sessionsOf(problem);
            items = problem.getItems().stream().sorted(Comparator.comparingInt(Item::agendaIndex)).toList();
            var overrides = problem.getConstraintWeightOverrides();
            for (var rule : Rule.values()) {
                var override = overrides == null ? null : overrides.getConstraintWeight(rule.constraintName());
                weights.put(rule, override == null ? rule.defaultWeight() : override);
            }
            minSegment = problem.getLimits().minSegmentMinutes();
            var limit = problem.getLimits().maxInterpretedSessions();
            long interpreted = sessions.stream().filter(Session::isInterpreted).count();
            budget = limit != null && limit < interpreted ? limit : null;
            placements = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                placements.add(new HashMap<>());
            }
        }

        ExactPlan run() {
            var layer = new LinkedHashMap<State, Node>();
            var start = new State(body.timeline().firstStart(), body.timeline().firstStart(), -1, 0, 0);
            layer.put(start, new Node(start, Cost.ZERO, null, null, null));
            for (int i = 0; i < items.size(); i++) {
                var next = new LinkedHashMap<State, Node>();
                for (var node : layer.values()) {
                    expand(i, node, next);
                }
                layer = next;
            }
            var best = layer.values().stream().min(Comparator.comparing(Node::cost)).orElseThrow();
            return planEndingIn(best);
        }

        /** Every distinct placement of item {@code i} after {@code node}: right after it, or from a later session. */
        private void expand(int i, Node node, Map<State, Node> next) {
            var item = items.get(i);
            int earliest = Math.max(node.state().end(), item.earliestOwnStart(body.timeline()));
            var startsSeen = new HashSet<Integer>();
            offer(i, node, null, earliest, startsSeen, next);
            for (var session : sessions) {
                if (session.start() > earliest) {
                    offer(i, node, session, session.start(), startsSeen, next);
                }
            }
        }

        private void offer(int i, Node node, Session choice, int earliest, Set<Integer> startsSeen,
                Map<State, Node> next) {
            var item = items.get(i);
            var placement = placements.get(i).computeIfAbsent(earliest,
                    from -> body.timeline().placeFrom(item, from));
            if (!startsSeen.add(placement.start())) {
                return; // another choice already lands the item here
            }
            var cost = new CostBuilder(node.cost());
            charge(item, placement, cost);
            var state = follow(node.state(), item, placement, cost);
            var candidate = new Node(state, cost.build(), node, choice, placement);
            next.merge(state, candidate, (kept, offered) -> offered.cost().compareTo(kept.cost()) < 0 ? offered : kept);
        }

        /**
         * {@code own(i, p)}: the rules the item's placement settles by itself, with the very measures the solver's
         * rules use ({@link ItemRules}, {@link SegmentRules}).
         */
        private void charge(Item item, Placement placement, CostBuilder cost) {
            ItemRules.countPlacement(item, placement, lastSession, minSegment, cost);
            for (var segment : placement.segments()) {
                cost.add(Rule.INTERPRETATION_AVAILABLE, SegmentRules.minutesWithoutInterpretation(segment));
            }
        }

        /** {@code joint(s, p)}: walks the segments on from the state, charging idle, unused and budget. */
        private State follow(State state, Item item, Placement placement, CostBuilder cost) {
            int end = state.lastSegmentEnd();
            int window = state.lastWindow();
            int inUse = state.interpretedInUse();
            int unusedPending = state.unusedPending();
            for (Segment segment : placement.segments()) {
                int index = windowIndex.get(segment.window());
                if (index == window) {
                    cost.add(Rule.IDLE_TIME, segment.start() - end);
                } else {
                    cost.add(Rule.IDLE_TIME, segment.start() - segment.window().start());
                    int restOfLast = window < 0 ? 0 : windows.get(window).end() - end;
                    unusedPending += restOfLast + minutesBefore[index] - minutesBefore[window + 1];
                    boolean newSession = window < 0 || windows.get(window).session() != segment.session();
                    if (budget != null && newSession && segment.session().isInterpreted()) {
                        if (inUse == budget) {
                            cost.add(Rule.INTERPRETATION_BUDGET, 1);
                        } else {
                            inUse++;
                        }
                    }
                }
                if (!item.mustBeInLastSession()) {
                    cost.add(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS, unusedPending);
                    unusedPending = 0;
                }
                window = index;
                end = segment.end();
            }
            // An item with no segment found no room, yet a later one may (one that needs no interpretation, say): the
            // next item starts after this one's end, but idle and unused time run from the last segment's.
            return new State(placement.end(), end, window, inUse, unusedPending);
        }

        private ExactPlan planEndingIn(Node last) {
            var planned = new ArrayList<ExactPlan.PlannedItem>();
            int i = items.size();
            for (var node = last; node.previous() != null; node = node.previous()) {
                i--;
                planned.add(new ExactPlan.PlannedItem(items.get(i), node.choice(), node.placement().start()));
            }
            Collections.reverse(planned);
            return new ExactPlan(planned, last.cost().asScore());
        }

        /** Penalties summed rule by rule with the meeting's weights. */
        private final class CostBuilder implements ItemRules.MatchWeights {
            private long hard;
            private long medium;
            private long soft;

            CostBuilder(Cost from) {
                hard = from.hard();
                medium = from.medium();
                soft = from.soft();
            }

            @Override
            public void add(Rule rule, int amount) {
                var weight = weights.get(rule);
                hard += weight.hardScore() * amount;
                medium += weight.mediumScore() * amount;
                soft += weight.softScore() * amount;
            }

            Cost build() {
                return new Cost(hard, medium, soft);
            }
        }
    }

    /**
     * See the class comment: the end of the last item, the end and the window of the last segment (the same end
     * unless the last item found no room), budget used, unused pending.
     */
    private record State(int end, int lastSegmentEnd, int lastWindow, int interpretedInUse, int unusedPending) {
    }

    /** The cheapest way found to a state; {@code choice} and {@code placement} are those of the item that led here. */
    private record Node(State state, Cost cost, Node previous, Session choice, Placement placement) {
    }

    /** Penalties (positive), compared as the score compares them: hard first, then medium, then soft. */
    private record Cost(long hard, long medium, long soft) implements Comparable<Cost> {

        static final Cost ZERO = new Cost(0, 0, 0);

        @Override
        public int compareTo(Cost other) {
            int byHard = Long.compare(hard, other.hard);
            if (byHard != 0) {
                return byHard;
            }
            int byMedium = Long.compare(medium, other.medium);
            return byMedium != 0 ? byMedium : Long.compare(soft, other.soft);
        }

        HardMediumSoftLongScore asScore() {
            return HardMediumSoftLongScore.of(-hard, -medium, -soft);
        }
    }
}
