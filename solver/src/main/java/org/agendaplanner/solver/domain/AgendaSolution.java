package org.agendaplanner.solver.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A meeting being planned: its sessions and limits (facts), its bodies and items (what changes), the score. */
@PlanningSolution
public class AgendaSolution {

    static final String ITEMS = "items";

    @ProblemFactCollectionProperty
    private List<Session> sessions;

    @ProblemFactCollectionProperty
    private List<OrderLink> orderLinks;

    @ProblemFactCollectionProperty
    private List<TogetherLink> togetherLinks = List.of();

    /** Every body's free windows, for the rule that asks that time be left unused only after the last item. */
    @ProblemFactCollectionProperty
    private List<Window> windows;

    @ProblemFactProperty
    private MeetingLimits limits;

    @ProblemFactCollectionProperty
    private List<EarlierAlternative> earlierAlternatives = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<BodyPlan> bodyPlans;

    /** In agenda order: an item's place here is its agenda index. */
    @PlanningEntityCollectionProperty
    private List<Item> items;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public AgendaSolution() {
    }

    public AgendaSolution(List<Session> sessions, List<OrderLink> orderLinks, MeetingLimits limits,
            List<BodyPlan> bodyPlans, List<Item> items,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.sessions = sessions;
        this.orderLinks = orderLinks;
        this.limits = limits;
        this.bodyPlans = bodyPlans;
        this.windows = bodyPlans.stream().flatMap(plan -> plan.timeline().windows().stream()).toList();
        this.items = items;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<TogetherLink> getTogetherLinks() {
        return togetherLinks;
    }

    public void setTogetherLinks(List<TogetherLink> togetherLinks) {
        this.togetherLinks = togetherLinks;
    }

    public List<OrderLink> getOrderLinks() {
        return orderLinks;
    }

    public List<EarlierAlternative> getEarlierAlternatives() {
        return earlierAlternatives;
    }

    public void setEarlierAlternatives(List<EarlierAlternative> earlierAlternatives) {
        this.earlierAlternatives = earlierAlternatives;
    }

    public MeetingLimits getLimits() {
        return limits;
    }

    public List<BodyPlan> getBodyPlans() {
        return bodyPlans;
    }

    public List<Item> getItems() {
        return items;
    }

    /**
     * The items the bodies' lists take, in the order the construction places them: agenda order, low items last. So
     * low business does not take the room that the adoption of the report, at the end of the agenda, needs; and a
     * meeting without low items is constructed exactly as before. Placing every required item first was tried: the
     * construction's start on the four-body conference then ends worse after the same moves (-780soft against -600,
     * {@code QualityBaselineTest}).
     */
    @ValueRangeProvider(id = ITEMS)
    public List<Item> getItemsInOrderOfPlacing() {
        var ordered = new ArrayList<Item>(items.size());
        for (var item : items) {
            if (!item.priority().equals("low")) {
                ordered.add(item);
            }
        }
        for (var item : items) {
            if (item.priority().equals("low")) {
                ordered.add(item);
            }
        }
        return ordered;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
