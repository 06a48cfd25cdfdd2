package org.agendaplanner.solver.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.rules.ItemRules;
import org.agendaplanner.solver.rules.SegmentRules;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * The programme the search starts from, laid out as a planner would draft it: the items in agenda order, each at the
 * end of the list of a body that may take it, where {@link Item#place()} puts it (continuation, interpretation,
 * unsplittable items and the adoption of the report are settled there), waiting for a later session of that body only
 * when that keeps a hard rule the earliest place would break. Among bodies, the one where the item ends first.
 *
 * <p>Free items come after the others, and an item that would run into the fixed start of a later item of its body
 * is left out rather than push that one off its start.
 *
 * <p>Each item is weighed at a few places, each in constant time against figures kept as items are laid (sessions in
 * use, interpretation teams at each moment, exclusive sessions, explicit order links), so the whole takes time in
 * proportion to the meeting; Timefold's default construction tries every position of every list for every item and
 * rescores a body each time, which grows faster than the square of the meeting. An item that no place takes without
 * breaking a hard rule stays out (the medium rule Unscheduled) for the search to find room for.
 *
 * <p>It runs to its end whatever limit comes (it takes a fraction of a second at 5,000 items), so a limit never
 * leaves a half-built programme. Items already in a list (a re-plan's starting point) stay where they are; an item
 * that would have to go between them is left to the construction that follows.
 */
public final class AgendaOrderConstruction implements PhaseCommand<AgendaSolution> {

    /** Later sessions an item may wait for before it is left out: enough for a busy team or a notBefore. */
    private static final int MOST_SESSIONS_TO_WAIT = 40;

    private MeetingLimits limits;
    private final Map<Session, Integer> interpretedIndex = new IdentityHashMap<>();
    /** Per interpreted session, the moments (starts of interpreted sessions, by their place in time) at which it runs. */
    private int[][] momentsOfSession;
    private int[] interpretedRunningAt;
    private boolean[] interpretedInUse;
    private int interpretedInUseCount;
    private final Map<Session, Integer> itemsInSession = new IdentityHashMap<>();
    private final List<Session> exclusiveSessions = new ArrayList<>();
    /** Per item id, the items it must follow and the items that must follow it (explicit links only). */
    private final Map<String, List<String>> predecessors = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, Item> itemsById = new HashMap<>();
    /** Per body, its items in agenda order that have a fixed start and may go to no other body, by agenda index. */
    private final Map<String, TreeMap<Integer, Item>> fixedItemsByBody = new HashMap<>();

    /** Timefold builds it by class name (the benchmarks' configuration names it so) or we do. */
    public AgendaOrderConstruction() {
    }

    /** Ignores the phase's limit: the construction is short, and a half-built programme is no programme. */
    @Override
    public void changeWorkingSolution(ScoreDirector<AgendaSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        // The figures belong to one working solution; the same command may serve several solves.
        new AgendaOrderConstruction().layAll(scoreDirector);
    }

    private void layAll(ScoreDirector<AgendaSolution> scoreDirector) {
        var solution = scoreDirector.getWorkingSolution();
        read(solution);
        // Items that keep agenda order first (low items after the others, as for Timefold's construction), then the
        // free ones, which may go anywhere and so are not let stand in the way of the others.
        var free = new ArrayList<Item>();
        for (var item : solution.getItemsInOrderOfPlacing()) {
            if (item.getBodyPlan() != null || item.isPinned()) {
                continue;
            }
            if (!item.followsAgendaOrder()) {
                free.add(item);
                continue;
            }
            layIfItKeepsHardRules(scoreDirector, item, solution.getBodyPlans());
        }
        for (var item : free) {
            layIfItKeepsHardRules(scoreDirector, item, solution.getBodyPlans());
        }
        scoreDirector.triggerVariableListeners();
    }

    private void layIfItKeepsHardRules(ScoreDirector<AgendaSolution> scoreDirector, Item item, List<BodyPlan> plans) {
        var choice = bestPlace(item, plans);
        if (choice != null) {
            take(scoreDirector, item, choice);
        }
    }

    private record Choice(BodyPlan plan, Session waitFor, Placement placement) {
    }

    private Choice bestPlace(Item item, List<BodyPlan> plans) {
        Choice best = null;
        for (var plan : plans) {
            if (!item.allowedBodies().contains(plan.id())) {
                continue;
            }
            var list = plan.getItems();
            var last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.agendaIndex() > item.agendaIndex()) {
                continue; // it would go between items already placed: that is for the construction that follows
            }
            var choice = firstKeepingHardRules(item, plan, last == null ? null : last.getPlacement());
            if (choice != null && (best == null || choice.placement().end() < best.placement().end())) {
                best = choice;
            }
        }
        return best;
    }

    private Choice firstKeepingHardRules(Item item, BodyPlan plan, Placement previous) {
        var placement = item.placementIn(plan, previous, null);
        if (keepsHardRules(item, plan, placement)) {
            return new Choice(plan, null, placement);
        }
        if (placement.segments().isEmpty()) {
            return null;
        }
        int waited = 0;
        int from = placement.start();
        for (var session : item.getSessionsOfAllowedBodies()) {
            if (!session.bodyId().equals(plan.id()) || session.start() <= from) {
                continue;
            }
            if (++waited > MOST_SESSIONS_TO_WAIT) {
                return null;
            }
            var later = item.placementIn(plan, previous, session);
            if (later.segments().isEmpty()) {
                return null;
            }
            if (keepsHardRules(item, plan, later)) {
                return new Choice(plan, session, later);
            }
        }
        return null;
    }

    private boolean keepsHardRules(Item item, BodyPlan plan, Placement placement) {
        var lastSession = plan.timeline().lastSession();
        if (placement.segments().isEmpty()
                || ItemRules.minutesCarriedOver(item, placement) > 0
                || ItemRules.minutesFromFixedStart(item, placement) > 0
                || ItemRules.minutesOutsideWindow(item, placement) > 0
                || ItemRules.minutesOutsideLastSession(item, placement, lastSession) > 0
                || ItemRules.minutesBeyondLastSession(placement) > 0) {
            return false;
        }
        for (var segment : placement.segments()) {
            if (SegmentRules.minutesWithoutInterpretation(segment) > 0 || besideAnExclusiveSession(segment)) {
                return false;
            }
        }
        return keepsInterpretationLimits(placement) && keepsOrderLinks(item, placement)
                && leavesRoomForTheNextFixedItem(item, plan, placement);
    }

    /**
     * An item in agenda order that would run into the fixed start of a later item of its body would push that item
     * off its start: better to leave the unfixed one out, for the search to find room for, than the fixed one.
     */
    private boolean leavesRoomForTheNextFixedItem(Item item, BodyPlan plan, Placement placement) {
        if (!item.followsAgendaOrder() || item.fixedStart() != null) {
            return true;
        }
        var fixed = fixedItemsByBody.get(plan.id());
        var next = fixed == null ? null : fixed.higherEntry(item.agendaIndex());
        return next == null || next.getValue().isScheduled() || placement.end() <= next.getValue().fixedStart();
    }

    private boolean besideAnExclusiveSession(Segment segment) {
        for (var exclusive : exclusiveSessions) {
            if (SegmentRules.minutesBeside(segment, exclusive) > 0) {
                return true;
            }
            // And the other way round: an exclusive session taken up while another body sits beside it.
            if (segment.session() == exclusive && itemsBeside(exclusive)) {
                return true;
            }
        }
        return false;
    }

    private boolean itemsBeside(Session exclusive) {
        for (var entry : itemsInSession.entrySet()) {
            var other = entry.getKey();
            if (!other.bodyId().equals(exclusive.bodyId()) && other.start() < exclusive.end()
                    && exclusive.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /** Teams at every moment the sessions the item would open into use run, and the budget of interpreted sessions. */
    private boolean keepsInterpretationLimits(Placement placement) {
        int opened = 0;
        Session counted = null;
        for (var segment : placement.segments()) {
            var index = interpretedIndex.get(segment.session());
            if (index == null || interpretedInUse[index] || segment.session() == counted) {
                continue;
            }
            counted = segment.session();
            opened++;
            for (int moment : momentsOfSession[index]) {
                if (interpretedRunningAt[moment] + 1 > limits.interpretationTeams()) {
                    return false;
                }
            }
        }
        return limits.maxInterpretedSessions() == null
                || interpretedInUseCount + opened <= limits.maxInterpretedSessions();
    }

    private boolean keepsOrderLinks(Item item, Placement placement) {
        for (var id : predecessors.getOrDefault(item.id(), List.of())) {
            var before = itemsById.get(id);
            if (before.isScheduled() && placement.start() < before.end()) {
                return false;
            }
        }
        for (var id : successors.getOrDefault(item.id(), List.of())) {
            var after = itemsById.get(id);
            if (after.isScheduled() && after.start() < placement.end()) {
                return false;
            }
        }
        return true;
    }

    private void take(ScoreDirector<AgendaSolution> scoreDirector, Item item, Choice choice) {
        if (choice.waitFor() != null) {
            scoreDirector.beforeVariableChanged(item, "earliestSession");
            item.setEarliestSession(choice.waitFor());
            scoreDirector.afterVariableChanged(item, "earliestSession");
        }
        var list = choice.plan().getItems();
        int index = list.size();
        scoreDirector.beforeListVariableElementAssigned(choice.plan(), BodyPlan.ITEMS, item);
        scoreDirector.beforeListVariableChanged(choice.plan(), BodyPlan.ITEMS, index, index);
        list.add(item);
        scoreDirector.afterListVariableElementAssigned(choice.plan(), BodyPlan.ITEMS, item);
        scoreDirector.afterListVariableChanged(choice.plan(), BodyPlan.ITEMS, index, index + 1);
        // The next item of this body is placed after this one: its placement must be known now.
        scoreDirector.triggerVariableListeners();
        use(item.getPlacement());
    }

    private void use(Placement placement) {
        if (placement == null) {
            return;
        }
        for (var segment : placement.segments()) {
            var session = segment.session();
            itemsInSession.merge(session, 1, Integer::sum);
            var index = interpretedIndex.get(session);
            if (index != null && !interpretedInUse[index]) {
                interpretedInUse[index] = true;
                interpretedInUseCount++;
                for (int moment : momentsOfSession[index]) {
                    interpretedRunningAt[moment]++;
                }
            }
        }
    }

    private void read(AgendaSolution solution) {
        limits = solution.getLimits();
        var interpreted = solution.getSessions().stream().filter(Session::isInterpreted).toList();
        var moments = new TreeSet<Integer>();
        interpreted.forEach(session -> moments.add(session.start()));
        var momentList = List.copyOf(moments);
        momentsOfSession = new int[interpreted.size()][];
        for (int index = 0; index < interpreted.size(); index++) {
            var session = interpreted.get(index);
            interpretedIndex.put(session, index);
            momentsOfSession[index] = IntStream.range(0, momentList.size())
                    .filter(moment -> session.start() <= momentList.get(moment) && momentList.get(moment) < session.end())
                    .toArray();
        }
        interpretedRunningAt = new int[momentList.size()];
        interpretedInUse = new boolean[interpreted.size()];
        solution.getSessions().stream().filter(Session::isExclusive).forEach(exclusiveSessions::add);
        solution.getItems().forEach(item -> itemsById.put(item.id(), item));
        for (var link : solution.getOrderLinks()) {
            if (itemsById.containsKey(link.beforeId()) && itemsById.containsKey(link.afterId())) {
                predecessors.computeIfAbsent(link.afterId(), id -> new ArrayList<>()).add(link.beforeId());
                successors.computeIfAbsent(link.beforeId(), id -> new ArrayList<>()).add(link.afterId());
            }
        }
        for (var item : solution.getItems()) {
            if (item.isScheduled()) {
                use(item.getPlacement());
            }
            if (item.fixedStart() != null && item.followsAgendaOrder() && item.allowedBodies().size() == 1) {
                fixedItemsByBody.computeIfAbsent(item.allowedBodies().iterator().next(), body -> new TreeMap<>())
                        .put(item.agendaIndex(), item);
            }
        }
    }
}
