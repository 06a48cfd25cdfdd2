package org.agendaplanner.model;

import java.time.Duration;
import java.util.Map;

/**
 * How the meeting is planned: item order ({@code agenda} or {@code free}), the shortest segment worth
 * opening, the grain of start times, per-rule weights that override the defaults, and the session time to
 * leave free for drafting the report before its adoption.
 */
public record Rules(String order, Duration minSegment, Duration grain, Map<String, Integer> weights,
        Duration draftingTime) {

    public Rules(String order, Duration minSegment, Duration grain, Map<String, Integer> weights) {
        this(order, minSegment, grain, weights, null);
    }

    /**
     * The largest weight a rule may be given. Penalties are counted in minutes, and no time the validator accepts
     * lies more than {@link MeetingSpan#MAX_MINUTES} (366 days) from another, so one penalty, weight times
     * minutes, stays below 1,000 × 527,040 ≈ 5.3 × 10^8, within a 32-bit score level with room to spare. Weights only
     * compare rules with one another; the defaults run from 1 to 120.
     */
    public static final int MAX_WEIGHT = 1_000;

    public static final Duration DEFAULT_MIN_SEGMENT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_GRAIN = Duration.ofMinutes(5);

    public boolean agendaOrder() {
        return order == null || order.equals("agenda");
    }

    public Duration minSegmentOrDefault() {
        return minSegment == null ? DEFAULT_MIN_SEGMENT : minSegment;
    }

    public Duration grainOrDefault() {
        return grain == null ? DEFAULT_GRAIN : grain;
    }

    /** Session time to leave free before the adoption of the report, for drafting it; zero when not asked. */
    public Duration draftingTimeOrNone() {
        return draftingTime == null ? Duration.ZERO : draftingTime;
    }

    public Map<String, Integer> weightsOrEmpty() {
        return weights == null ? Map.of() : weights;
    }
}
