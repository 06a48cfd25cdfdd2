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
}
