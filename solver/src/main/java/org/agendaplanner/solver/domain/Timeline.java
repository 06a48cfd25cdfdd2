package org.agendaplanner.solver.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time one body has for agenda business: its sessions, less any blocks, in order. Placing an item
 * lays its minutes along the windows from a start; what does not fit in one window continues at the very
 * start of the next one it can use, which is how continuation arises without any rule having to enforce it.
 */
public final class Timeline {

    private final List<Window> windows;
    /** The windows' ends, in order, for the binary search that finds where an item can start. */
    private final int[] windowEnds;
    private final int grain;
    private volatile Map<Set<String>, boolean[]> usableByLanguages = Map.of();

    public Timeline(List<Window> windows, int grain) {
        this.windows = windows.stream().sorted(Comparator.comparingInt(Window::start)).toList();
        this.windowEnds = this.windows.stream().mapToInt(Window::end).toArray();
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
        return placeFrom(item, earliest, 0);
    }

    /**
     * As {@link #placeFrom(Item, int)}, told where to look first: the window where the item before ended, which (or
     * the one after it) is nearly always where this one starts.
     */
    public Placement placeFrom(Item item, int earliest, int likelyWindow) {
        var use = windowUseOf(item);
        var usable = use.usable();
        boolean mustFitWhole = !item.splittable() && use.longestWindow() >= item.plannedDuration();
        for (int index = firstWindowEndingAfter(earliest, likelyWindow); index < windows.size(); index++) {
            var window = windows.get(index);
            if (!usable[index]) {
                continue;
            }
            int start = Math.max(earliest, window.start());
            start = window.start() + ceilToGrain(start - window.start());
            if (start >= window.end() || mustFitWhole && start + item.plannedDuration() > window.end()) {
                continue;
            }
            return lay(item, index, start, usable);
        }
        return new Placement(earliest, earliest, List.of(), item.plannedDuration());
    }

    private int firstWindowEndingAfter(int moment, int likelyWindow) {
        for (int index = Math.max(0, likelyWindow); index < Math.min(likelyWindow + 2, windowEnds.length); index++) {
            if (windowEnds[index] > moment && (index == 0 || windowEnds[index - 1] <= moment)) {
                return index;
            }
        }
        return firstWindowEndingAfter(moment);
    }

    /** Windows are in order and do not overlap, so their ends are in order too: a binary search finds the first. */
    private int firstWindowEndingAfter(int moment) {
        int low = 0;
        int high = windowEnds.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (windowEnds[middle] <= moment) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Exactly at {@code start}, as a planner's draft gives it; a start outside every window moves to the next. */
    public Placement placeAt(Item item, int start) {
        int index = firstWindowEndingAfter(start);
        if (index < windows.size()) {
            return lay(item, index, Math.max(start, windows.get(index).start()), windowUseOf(item).usable());
        }
        return new Placement(start, start, List.of(), item.plannedDuration());
    }

    /**
     * Lays the item's minutes from {@code start}: what does not fit in one window continues at the very start of
     * the next window the item can use. An informal session without interpretation is skipped by an item that
     * needs interpretation, as a secretariat would resume the item at the next interpreted meeting.
     */
    private Placement lay(Item item, int firstWindow, int start, boolean[] usable) {
        if (item.plannedDuration() <= 0) {
            return new Placement(start, start, List.of(), 0);
        }
        var window = windows.get(firstWindow);
        int end = Math.min(window.end(), start + item.plannedDuration());
        var opening = new Segment(item, window, start, end, 0, firstWindow);
        int remaining = item.plannedDuration() - (end - start);
        if (remaining == 0) {
            // Most items fit where they open: one segment, in a list that needs no copying.
            return new Placement(start, end, List.of(opening), 0);
        }
        var segments = new ArrayList<Segment>(3);
        segments.add(opening);
        for (int index = firstWindow + 1; index < windows.size() && remaining > 0; index++) {
            window = windows.get(index);
            if (!usable[index]) {
                continue;
            }
            int segmentEnd = Math.min(window.end(), window.start() + remaining);
            segments.add(new Segment(item, window, window.start(), segmentEnd, segments.size(), index));
            remaining -= segmentEnd - window.start();
            end = segmentEnd;
        }
        return new Placement(start, end, segments, remaining);
    }

    /**
     * Per window, whether its session is interpreted into every language the item needs. Worked out once per set of
     * languages and kept, and the item keeps the answer for each timeline it was placed on:
     * placing items is what the search does most. The map is replaced, never changed, so a reader on another thread
     * sees the old one or the new one, both right.
     */
    private WindowUse windowUseOf(Item item) {
        var known = item.windowUseOn(this);
        if (known != null) {
            return known;
        }
        var languages = item.languages();
        var usable = usableByLanguages.get(languages);
        if (usable == null) {
            usable = new boolean[windows.size()];
            for (int index = 0; index < usable.length; index++) {
                usable[index] = windows.get(index).session().coversLanguages(languages);
            }
            var extended = new HashMap<>(usableByLanguages);
            extended.put(languages, usable);
            usableByLanguages = Map.copyOf(extended);
        }
        int longest = 0;
        for (int index = 0; index < usable.length; index++) {
            if (usable[index]) {
                longest = Math.max(longest, windows.get(index).minutes());
            }
        }
        var use = new WindowUse(this, usable, longest);
        item.rememberWindowUse(use);
        return use;
    }

    /**
     * Which windows of a timeline an item can use, and the longest of them (whether an item that may not be split
     * fits whole anywhere): what an item remembers of each timeline it was placed on.
     */
    record WindowUse(Timeline timeline, boolean[] usable, int longestWindow) {
    }

    private int ceilToGrain(int minutes) {
        return (minutes + grain - 1) / grain * grain;
    }
}
