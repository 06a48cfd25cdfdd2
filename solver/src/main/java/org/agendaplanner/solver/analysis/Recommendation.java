package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.AgendaSolver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

/**
 * A place one item could take in an otherwise fixed programme, and what the score would gain or lose there.
 * Everything after the place in its body moves along, as it would if a planner inserted the item by hand.
 *
 * <p>Each candidate is a position in a body's list together with the session the item may not start
 * before (none, or one of the next sessions): the same two decisions the solver makes. Timefold's
 * {@code recommendAssignment} tries list positions only and, on this model with a second variable per item,
 * reported score changes that did not match a fresh score of the same programme, so the candidates are
 * scored here with {@link SolutionManager#update}, which recomputes from scratch.
 */
public record Recommendation(String body, String session, int start, HardMediumSoftScore scoreChange) {

    /** Sessions ahead of a position worth trying as "not before": enough to start fresh the next day. */
    private static final int SESSIONS_AHEAD = 3;

    /** The best {@code count} places for the item, best first; the item is taken out of its place first. */
    public static List<Recommendation> forItem(AgendaSolution solution, String itemId, int count) {
        var item = solution.getItems().stream().filter(candidate -> candidate.id().equals(itemId)).findFirst()
                .orElseThrow();
        // Shadow variables may not be computed yet, so look in every list rather than at item.getBodyPlan().
        solution.getBodyPlans().forEach(body -> body.getItems().remove(item));
        item.setEarliestSession(null);
        var manager = AgendaSolver.analysis();
        var without = manager.update(solution);
        // Where each item ends without the one to place: trying candidates moves them, so read these now.
        var endsWithout = new IdentityHashMap<Item, Integer>();
        solution.getItems().forEach(each -> endsWithout.put(each, each.end()));

        var bestByPlace = new HashMap<String, Recommendation>();
        for (var body : solution.getBodyPlans()) {
            var list = body.getItems();
            for (int position = 0; position <= list.size(); position++) {
                list.add(position, item);
                for (var notBefore : candidateSessions(body.timeline().windows().stream()
                        .map(window -> window.session()).distinct().toList(),
                        position == 0 ? Integer.MIN_VALUE : endsWithout.get(list.get(position - 1)))) {
                    item.setEarliestSession(notBefore);
                    var with = manager.update(solution);
                    if (item.isScheduled() && !item.segments().isEmpty()) {
                        var candidate = new Recommendation(body.id(), item.segments().get(0).session().id(),
                                item.start(), with.subtract(without));
                        // The same start can be reached from several positions; keep the best way to get there.
                        bestByPlace.merge(body.id() + "@" + item.start(), candidate,
                                (kept, other) -> other.scoreChange().compareTo(kept.scoreChange()) > 0 ? other : kept);
                    }
                }
                list.remove(position);
                item.setEarliestSession(null);
            }
        }
        manager.update(solution);
        return bestByPlace.values().stream()
                .sorted(Comparator.comparing(Recommendation::scoreChange).reversed()
                        .thenComparingInt(Recommendation::start))
                .limit(count)
                .toList();
    }

    /** Right after the previous item (null), or not before one of the next few sessions of the body. */
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
