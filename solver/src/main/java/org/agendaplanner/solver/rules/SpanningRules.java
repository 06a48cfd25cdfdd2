package org.agendaplanner.solver.rules;

import java.util.List;

import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Window;

/**
 * The rules that span items, windows or bodies (order, no overlap, free item out of order, together, idle and unused
 * time, interpretation teams and budget, drafting time, unscheduled, earlier alternatives): the sentence a planner
 * reads when one takes points, and the small measures both counts share. Unlike {@link ItemRules}, each of these is
 * counted twice on purpose: {@link AgendaConstraints} defines it, and the search's hand count ({@link BodyTally},
 * {@link AgendaScoreCalculator}) keeps figures per body and window to count it fast; {@code AgendaScoreCalculatorTest}
 * holds the two together.
 */
final class SpanningRules {

    private SpanningRules() {
    }

    static Penalty noOverlap(Item first, Item second) {
        int minutes = first.minutesOverlapping(second);
        return new Penalty(List.of(first.id(), second.id()), Penalty.firstSessionOf(second), minutes,
                Penalty.itemName(first) + " and " + Penalty.otherItemName(second) + " overlap by " + Penalty.minutes(minutes)
                        + " in " + first.getBodyPlan().id() + ".");
    }

    static Penalty interpretationTeams(String firstSessionId, int running, int teams) {
        return new Penalty(List.of(), firstSessionId, running - teams, running + " interpreted sessions run when "
                + "session " + firstSessionId + " starts, with " + teams + " interpretation team(s).");
    }

    static Penalty interpretationBudget(int inUse, int budget) {
        return new Penalty(List.of(), null, inUse - budget,
                inUse + " interpreted sessions are in use; the budget is " + budget + ".");
    }

    /** Minutes {@code after} starts before {@code before} ends. */
    static int minutesEarly(Item before, Item after) {
        return Math.max(0, before.end() - after.start());
    }

    static Penalty order(Item before, Item after) {
        int minutes = minutesEarly(before, after);
        return Penalty.ofItem(after, minutes, Penalty.itemName(after) + " starts " + Penalty.minutes(minutes)
                + " before " + Penalty.otherItemName(before) + " ends, which it must follow.");
    }

    static Penalty differsFromEarlierAlternatives(EarlierAlternative alternative) {
        return new Penalty(List.of(), null, 1,
                "Every item starts in the same session as in alternative " + alternative.number() + ".");
    }

    /** The amount is the item's minutes; the score weighs them by its priority. */
    static Penalty unscheduled(Item item) {
        return new Penalty(List.of(item.id()), null, item.duration(), Penalty.itemName(item) + " ("
                + Penalty.minutes(item.duration()) + (item.priority().equals("normal") ? "" : ", " + item.priority())
                + ") could not be placed without breaking a hard rule.");
    }

    static Penalty idleTime(Window window, int idle) {
        return new Penalty(List.of(), window.session().id(), idle, "Session " + window.session().id()
                + " stands idle for " + Penalty.minutes(idle) + " before or between its items; slack belongs at its end.");
    }

    static Penalty unusedTimeBeforeLaterItems(Window window, int unused) {
        return new Penalty(List.of(), window.session().id(), unused, Penalty.minutes(unused) + " of session "
                + window.session().id() + " are left unused, though " + window.session().bodyId()
                + " takes items later.");
    }

    /** One of the two starts before the other although it comes later on the agenda. */
    static boolean takenAgainstAgendaOrder(Item one, Item other) {
        return one.agendaIndex() < other.agendaIndex() ? other.start() < one.start() : one.start() < other.start();
    }

    static Penalty freeItemOutOfOrder(Item free, Item other) {
        var earlier = free.agendaIndex() < other.agendaIndex() ? free : other;
        var later = earlier == free ? other : free;
        return new Penalty(List.of(earlier.id(), later.id()), Penalty.firstSessionOf(later), 1, Penalty.itemName(later)
                + " is taken before " + Penalty.otherItemName(earlier) + ", against agenda order.");
    }

    /** Items between two that belong together; two when they are not even in the same body. */
    static int separation(int itemsBetween) {
        return itemsBetween < 0 ? 2 : itemsBetween;
    }

    static Penalty together(Item first, Item second) {
        int between = first.itemsBetween(second);
        return Penalty.ofItem(second, separation(between), Penalty.itemName(first) + " and " + Penalty.otherItemName(second)
                + " are to be taken together, but " + (between < 0 ? "they are in different bodies."
                        : between + " item(s) come between them."));
    }

    /** Minutes of drafting time missing: asked, less the session time free between the item before and the adoption. */
    static int draftingMinutesShort(Item before, Item adoption, int draftingMinutes) {
        int free = adoption.getBodyPlan().timeline().minutesBetween(before.end(), adoption.start());
        return Math.max(0, draftingMinutes - free);
    }

    static Penalty draftingTime(Item before, Item adoption, int draftingMinutes) {
        int free = adoption.getBodyPlan().timeline().minutesBetween(before.end(), adoption.start());
        return Penalty.ofItem(adoption, draftingMinutesShort(before, adoption, draftingMinutes), "Only "
                + Penalty.minutes(free) + " of session time stay free before " + Penalty.otherItemName(adoption)
                + " for drafting the report; " + Penalty.minutes(draftingMinutes) + " are asked.");
    }
}
