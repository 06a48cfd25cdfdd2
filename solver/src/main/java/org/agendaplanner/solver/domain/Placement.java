package org.agendaplanner.solver.domain;

import java.util.List;

/**
 * Where an item falls once placed on its body's timeline: its start, its end, its segments, and the minutes
 * that did not fit before the body's last session closed.
 */
public record Placement(int start, int end, List<Segment> segments, int overflowMinutes) {

    public Placement {
        segments = List.copyOf(segments);
    }

    /** As the record's own, written out and cheapest first: see {@link Segment#equals}. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Placement that && start == that.start && end == that.end
                && overflowMinutes == that.overflowMinutes && segments.equals(that.segments);
    }

    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + segments.hashCode();
    }
}
