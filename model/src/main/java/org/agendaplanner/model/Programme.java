package org.agendaplanner.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A solution: where each item starts ({@code items}, what is read back), the segments derived from those
 * starts (written for people and other tools), the items left out, the score, and the scenario settings
 * ({@code overrides}, e.g. {@code interpretation.maxSessions=3}) it was solved under.
 */
@JsonPropertyOrder({"score", "overrides", "items", "segments", "unscheduled"})
public record Programme(String score, List<ItemStart> items, List<Segment> segments, List<String> unscheduled,
        List<String> overrides) {

    public Programme {
        items = items == null ? List.of() : List.copyOf(items);
        segments = segments == null ? null : List.copyOf(segments);
        unscheduled = unscheduled == null ? null : List.copyOf(unscheduled);
        overrides = overrides == null ? null : List.copyOf(overrides);
    }

    public Programme(String score, List<ItemStart> items, List<Segment> segments, List<String> unscheduled) {
        this(score, items, segments, unscheduled, null);
    }

    public Programme withOverrides(List<String> newOverrides) {
        return new Programme(score, items, segments, unscheduled, newOverrides.isEmpty() ? null : newOverrides);
    }
}
