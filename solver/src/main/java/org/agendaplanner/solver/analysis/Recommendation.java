package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NoSuchElementException;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.AgendaSolver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

/**
 * A place one item could take in an otherwise fixed programme, and what the score would gain or lose there,
 * against the programme as it stands. Everything after the place in its body moves along, as it would if a planner
 * moved the item by hand.
 *
 * <p>Each candidate is a position in the list of a body that may take the item, together with the session the item
 * may not start before (none, or one of the next sessions): the same two decisions the solver makes, drawn from the
 * same values the solver may use (the item's own range of sessions, which holds only those of its bodies).
 * Timefold's {@code recommendAssignment} tries list positions only, not the second variable of the item, so the
 * candidates are scored here with {@link SolutionManager#update}, which recomputes from scratch.
 */
public record Recommendation(String body, String session, int start, HardMediumSoftLongScore scoreChange,
        boolean current) {

    /** Sessions ahead of a position worth trying as "not before": enough to start fresh the next day. */
    private static final int SESSIONS_AHEAD = 3;

    /**
     * The item's current place first (a change of zero), when it has one, then the best {@code count} other places,
     * best first. The solution is left as it was given.
     *
     * @throws NoSuchElementException when the solution has no item of that id
     */
    public static List<Recommendation> forItem(AgendaSolution solution, String itemId, int count) {
        var item = solution.getItems().stream().filter(candidate -> candidate.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No item " + itemId));
        var manager = AgendaSolver.analysis();
        var now = manager.update(solution);
        // Shadow variables are up to date now, but look in the lists themselves: they are what a move changes.
        BodyPlan currentBody = null;
        int currentPosition = -1;
        for (var body : solution.getBodyPlans()) {
            int index = body.getItems().indexOf(item);
            if (index >= 0) {
                currentBody = body;
                currentPosition = index;
            }
        }
        var currentEarliest = item.getEarliestSession();
        Recommendation current = null;
        if (currentBody != null && item.isScheduled() && !item.segments().isEmpty()) {
            current = new Recommendation(currentBody.id(), item.segments().get(0).session().id(), item.start(),
                    HardMediumSoftLongScore.ZERO, true);
        }

        if (currentBody != null) {
            currentBody.getItems().remove(currentPosition);
        }
        item.setEarliestSession(null);
        manager.update(solution);
        // Where each item ends without the one to place: trying candidates moves them, so read these now.
        var endsWithout = new IdentityHashMap<Item, Integer>();
        solution.getItems().forEach(each -> endsWithout.put(each, each.end()));

        var bestByPlace = new HashMap<String, Recommendation>();
        try {
            for (var body : solution.getBodyPlans()) {
                if (!item.allowedBodies().contains(body.id())) {
                    continue;
                }
                var bodySessions = item.getSessionsOfAllowedBodies().stream()
                        .filter(session -> session.bodyId().equals(body.id()))
                        .toList();
                var list = body.getItems();
                for (int position = 0; position <= list.size(); position++) {
                    list.add(position, item);
                    for (var notBefore : candidateSessions(bodySessions,
                            position == 0 ? Integer.MIN_VALUE : endsWithout.get(list.get(position - 1)))) {
                        item.setEarliestSession(notBefore);
                        var with = manager.update(solution);
                        if (item.isScheduled() && !item.segments().isEmpty()) {
                            var candidate = new Recommendation(body.id(), item.segments().get(0).session().id(),
                                    item.start(), with.subtract(now), false);
                            // The same start can be reached from several positions; keep the best way to get there.
                            bestByPlace.merge(placeKey(candidate), candidate, (kept, other) ->
                                    other.scoreChange().compareTo(kept.scoreChange()) > 0 ? other : kept);
                        }
                    }
                    list.remove(position);
                    item.setEarliestSession(null);
                }
            }
        } finally {
            if (currentBody != null) {
                currentBody.getItems().add(currentPosition, item);
            }
            item.setEarliestSession(currentEarliest);
            manager.update(solution);
        }
        var places = new ArrayList<Recommendation>();
        if (current != null) {
            places.add(current);
            // Where the item already is, it is listed once, as its current place.
            bestByPlace.remove(placeKey(current));
        }
        bestByPlace.values().stream()
                .sorted(Comparator.comparing(Recommendation::scoreChange).reversed()
                        .thenComparing(Recommendation::body)
                        .thenComparingInt(Recommendation::start))
                .limit(count)
                .forEach(places::add);
        return List.copyOf(places);
    }

    private static String placeKey(Recommendation place) {
        return place.body() + "@" + place.start();
    }

    /**
     * Right after the previous item (null), or not before one of the next few sessions of the body, from the item's
     * own range of sessions, in order of start.
     */
    private static List<Session> candidateSessions(List<Session> bodySessions, int after) {
        var candidates = new ArrayList<Session>();
        candidates.add(null);
        bodySessions.stream()
                .filter(session -> session.start() >= after)
                .limit(SESSIONS_AHEAD)
                .forEach(candidates::add);
        return candidates;
    }
}
