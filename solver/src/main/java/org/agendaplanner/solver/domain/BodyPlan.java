package org.agendaplanner.solver.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/** One body and the items it takes, in order: the list the solver rearranges. */
@PlanningEntity
public class BodyPlan {

    public static final String ITEMS = "items";

    @PlanningId
    private String id;
    private Timeline timeline;

    /** In a re-plan, how many items at the head of the list were taken up before its moment: they stay. */
    @PlanningPinToIndex
    private int pinnedCount;

    @PlanningListVariable(valueRangeProviderRefs = AgendaSolution.ITEMS, allowsUnassignedValues = true)
    private List<Item> items = new ArrayList<>();

    public BodyPlan() {
    }

    public BodyPlan(String id, Timeline timeline) {
        this.id = id;
        this.timeline = timeline;
    }

    public String id() {
        return id;
    }

    public Timeline timeline() {
        return timeline;
    }

    public int pinnedCount() {
        return pinnedCount;
    }

    public void setPinnedCount(int pinnedCount) {
        this.pinnedCount = pinnedCount;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    @Override
    public String toString() {
        return id;
    }
}
