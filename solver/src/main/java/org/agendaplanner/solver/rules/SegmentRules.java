package org.agendaplanner.solver.rules;

import java.util.List;
import java.util.TreeSet;

import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;

/**
 * The rules that one segment of an item settles by itself (the part of the item in one window), each as its measure
 * and the sentence a planner reads when it takes points. As with {@link ItemRules}, the constraint streams, the
 * search's hand count and the exact program call these same functions. Each measure is 0 when the rule holds.
 */
public final class SegmentRules {

    private SegmentRules() {
    }

    // ---- Short segment ----

    /**
     * Minutes a part of a split item falls short of the minimum segment. Only parts of split items: a ten-minute
     * opening taken in one go is not short.
     */
    public static int minutesShort(Placement placement, Segment segment, int minSegmentMinutes) {
        if (placement.segments().size() < 2) {
            return 0;
        }
        return Math.max(0, minSegmentMinutes - segment.minutes());
    }

    static Penalty shortSegment(Placement placement, Segment segment, int minSegmentMinutes) {
        return new Penalty(List.of(segment.item().id()), segment.session().id(),
                minutesShort(placement, segment, minSegmentMinutes),
                Penalty.itemName(segment.item()) + " has a part of " + Penalty.minutes(segment.minutes())
                        + " in session " + segment.session().id() + ", under the "
                        + Penalty.minutes(minSegmentMinutes) + " worth opening.");
    }

    // ---- Interpretation available ----

    /** The segment's minutes when its session is not interpreted into every language its item needs. */
    public static int minutesWithoutInterpretation(Segment segment) {
        return minutesWithoutInterpretation(segment, segment.session().coversLanguages(segment.item().languages()));
    }

    /** As {@link #minutesWithoutInterpretation(Segment)}, for a caller that remembers whether the session covers them. */
    public static int minutesWithoutInterpretation(Segment segment, boolean sessionCoversItsLanguages) {
        return sessionCoversItsLanguages ? 0 : segment.minutes();
    }

    static Penalty interpretationAvailable(Segment segment) {
        int minutes = minutesWithoutInterpretation(segment);
        return new Penalty(List.of(segment.item().id()), segment.session().id(), minutes,
                Penalty.itemName(segment.item()) + " needs interpretation into "
                        + String.join(", ", new TreeSet<>(segment.item().languages())) + ", but "
                        + Penalty.minutes(minutes) + " of it fall in session " + segment.session().id()
                        + ", which lacks it.");
    }

    // ---- Nothing beside an exclusive session ----

    /** Minutes the segment runs beside an exclusive session of another body (the opening). */
    public static int minutesBeside(Segment segment, Session exclusive) {
        if (!exclusive.isExclusive() || exclusive.bodyId().equals(segment.session().bodyId())) {
            return 0;
        }
        return Math.max(0, Math.min(segment.end(), exclusive.end()) - Math.max(segment.start(), exclusive.start()));
    }

    static Penalty nothingBesideAnExclusiveSession(Segment segment, Session exclusive) {
        int minutes = minutesBeside(segment, exclusive);
        return new Penalty(List.of(segment.item().id()), segment.session().id(), minutes,
                Penalty.itemName(segment.item()) + " runs " + Penalty.minutes(minutes) + " beside session "
                        + exclusive.id() + ", which nothing may run beside.");
    }
}
