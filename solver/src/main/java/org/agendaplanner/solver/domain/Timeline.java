package org.agendaplanner.solver.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time one body has for agenda business: its sessions, less any blocks, in order. Placing an item
 * lays its minutes along the windows from a start; what does not fit in one window continues at the very
 * start of the next one it can use, which is how continuation arises without any rule having to enforce it.
 */
public final class Timeline {

    private final List<Window> windows;
    private final int grain;

    public Timeline(List<Window> windows, int grain) {
        this.windows = windows.stream().sorted(Comparator.comparingInt(Window::start)).toList();
        this.grain = grain;
    }

    public List<Window> windows() {
        return windows;
    }

    public int firstStart() {
        return windows.isEmpty() ? 0 : windows.get(0).start();
    }

    public Session lastSession() {
        return windows.isEmpty() ? null : windows.get(windows.size() - 1).session();
    }

    /** Session time (less blocks) between two moments of the meeting clock. */
    public int minutesBetween(int from, int to) {
        int minutes = 0;
        for (var window : windows) {
            minutes += Math.max(0, Math.min(to, window.end()) - Math.max(from, window.start()));
        }
        return minutes;
    }

    /**
     * The earliest start at or after {@code earliest} that lies on the grain in a window the item can use, and,
     * for an item that may not be split, in a window with room for all of it (when any window has).
     */
    public Placement placeFrom(Item item, int earliest) {
        boolean mustFitWhole = !item.splittable() && windows.stream()
                .anyMatch(window -> usable(window, item) && window.minutes() >= item.duration());
        for (int index = 0; index < windows.size(); index++) {
            var window = windows.get(index);
            if (window.end() <= earliest || !usable(window, item)) {
                continue;
            }
            int start = Math.max(earliest, window.start());
            start = window.start() + ceilToGrain(start - window.start());
            if (start >= window.end() || mustFitWhole && start + item.duration() > window.end()) {
                continue;
            }
            return lay(item, index, start);
        }
        return new Placement(earliest, earliest, List.of(), item.duration());
    }

    /** Exactly at {@code start}, as a planner's draft gives it; a start outside every window moves to the next. */
    public Placement placeAt(Item item, int start) {
        for (int index = 0; index < windows.size(); index++) {
            var window = windows.get(index);
            if (window.end() > start) {
                return lay(item, index, Math.max(start, window.start()));
            }
        }
        return new Placement(start, start, List.of(), item.duration());
    }

    /**
     * Lays the item's minutes from {@code start}: what does not fit in one window continues at the very start of
     * the next window the item can use. An informal session without interpretation is skipped by an item that
     * needs interpretation, as a secretariat would resume the item at the next interpreted meeting.
     */
    private Placement lay(Item item, int firstWindow, int start) {
        var segments = new ArrayList<Segment>(2);
        int remaining = item.duration();
        int end = start;
        for (int index = firstWindow; index < windows.size() && remaining > 0; index++) {
            var window = windows.get(index);
            if (index > firstWindow && !usable(window, item)) {
                continue;
            }
            int segmentStart = Math.max(start, window.start());
            int segmentEnd = Math.min(window.end(), segmentStart + remaining);
            segments.add(new Segment(item, window, segmentStart, segmentEnd, segments.size(), index));
            remaining -= segmentEnd - segmentStart;
            end = segmentEnd;
        }
        return new Placement(start, end, segments, remaining);
    }

    /** A window is of use to an item if its session is interpreted into every language the item needs. */
    private static boolean usable(Window window, Item item) {
        return window.session().coversLanguages(item.languages());
    }

    private int ceilToGrain(int minutes) {
        return (minutes + grain - 1) / grain * grain;
    }
}
