package org.agendaplanner.solver.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The optimal programme {@link ExactPlanner} found: every item in agenda order with the solver's one decision for
 * it, and the score that programme gets.
 *
 * @param items the items in agenda order
 * @param score the optimal score, exactly as the solver's rules score the programme
 */
public record ExactPlan(List<PlannedItem> items, HardMediumSoftLongScore score) {

    /**
     * One item of the plan.
     *
     * @param item the item, as the planned problem holds it
     * @param earliestSession the session it may not start before, or {@code null} to start right after the previous
     *        item (the solver's {@code Item.earliestSession})
     * @param start where it starts, on the meeting's clock
     */
    public record PlannedItem(Item item, Session earliestSession, int start) {
    }

    public ExactPlan {
        items = List.copyOf(items);
    }

    /**
     * Puts the plan into a solution of the same meeting (the planned one or another built from the same file): its
     * body's list takes every item in agenda order, and each item gets its {@code earliestSession}. Items and
     * sessions are matched by id, because the solver works on clones. Scoring the solution then gives
     * {@link #score()}.
     */
    public AgendaSolution applyTo(AgendaSolution solution) {
        var itemsById = solution.getItems().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        var sessionsById = solution.getSessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        var list = new ArrayList<Item>(items.size());
        for (var planned : items) {
            var item = itemsById.get(planned.item().id());
            item.setEarliestSession(planned.earliestSession() == null ? null
                    : sessionsById.get(planned.earliestSession().id()));
            list.add(item);
        }
        solution.getBodyPlans().get(0).setItems(list);
        return solution;
    }
}
