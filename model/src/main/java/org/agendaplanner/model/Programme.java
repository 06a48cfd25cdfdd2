package org.agendaplanner.model;

import java.util.List;

/**
 * A solution: where each item starts ({@code items}, what is read back), the segments derived from those
 * starts (written for people and other tools), the items left out, and the score.
 */
public record Programme(String score, List<ItemStart> items, List<Segment> segments, List<String> unscheduled) {

    public Programme {
        items = items == null ? List.of() : List.copyOf(items);
        segments = segments == null ? null : List.copyOf(segments);
        unscheduled = unscheduled == null ? null : List.copyOf(unscheduled);
    }
}
