package org.agendaplanner.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The days a meeting may cover. Every session and block falls within {@link #MAX_DAYS} consecutive days, and every
 * {@code notBefore} and {@code notAfter} within the days that its sessions and blocks cover (up to the midnight that
 * ends the last). A date outside is nearly always a typed year, and refusing it keeps every time the solver counts
 * within {@link #MAX_MINUTES} minutes of the first session's midnight.
 */
public record MeetingSpan(LocalDate first, LocalDate last) {

    /** A year, leap day included: longer than any session of an intergovernmental body, short of a series of them. */
    public static final int MAX_DAYS = 366;
    /** The furthest any accepted time lies from midnight of the first session's day, in minutes: 366 days. */
    public static final int MAX_MINUTES = MAX_DAYS * 24 * 60;

    /**
     * Of all windows of {@link #MAX_DAYS} days, the one holding the most of {@code dates} (the earliest, on a tie),
     * narrowed to the dates it holds; null when there are none. The dates outside it are the ones to report.
     */
    static MeetingSpan holdingMost(List<LocalDate> dates) {
        var sorted = dates.stream().sorted().toList();
        int bestFrom = -1;
        int bestTo = -1;
        for (int from = 0, to = 0; from < sorted.size(); from++) {
            var windowEnd = sorted.get(from).plusDays(MAX_DAYS - 1);
            while (to < sorted.size() && !sorted.get(to).isAfter(windowEnd)) {
                to++;
            }
            if (bestFrom < 0 || to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return bestFrom < 0 ? null : new MeetingSpan(sorted.get(bestFrom), sorted.get(bestTo - 1));
    }

    boolean holds(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** From midnight starting the first day to midnight ending the last, both included. */
    boolean holds(LocalDateTime time) {
        return !time.isBefore(first.atStartOfDay()) && !time.isAfter(last.plusDays(1).atStartOfDay());
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + " to " + last;
    }
}
