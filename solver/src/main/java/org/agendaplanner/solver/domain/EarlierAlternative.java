package org.agendaplanner.solver.domain;

import java.util.Map;

/**
 * A programme already offered as an alternative: the session each item starts in (absent when it was left
 * out). A new alternative must differ from it in at least one item's session.
 */
public record EarlierAlternative(int number, Map<String, String> startingSessionByItem, int itemCount) {

    public EarlierAlternative {
        startingSessionByItem = Map.copyOf(startingSessionByItem);
    }

    /** Whether the item starts in the same session as in this alternative, or is left out in both. */
    public boolean startsAsBefore(Item item) {
        var before = startingSessionByItem.get(item.id());
        var now = item.isScheduled() && !item.segments().isEmpty() ? item.segments().get(0).session().id() : null;
        return before == null ? now == null : before.equals(now);
    }
}
