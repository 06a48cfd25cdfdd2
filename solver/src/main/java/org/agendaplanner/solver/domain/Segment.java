package org.agendaplanner.solver.domain;

/**
 * The part of one item that falls in one window; {@code index} 0 is where the item opens. {@code windowIndex} is the
 * window's place on its body's timeline, which lets the search's score keep per-window figures in plain arrays.
 */
public record Segment(Item item, Window window, int start, int end, int index, int windowIndex) {

    public Session session() {
        return window.session();
    }

    public int minutes() {
        return end - start;
    }

    public boolean isContinued() {
        return index > 0;
    }

    /**
     * As the record's own, written out: Timefold compares an item's new placement with its old one after every move
     * to see whether the items after it need placing again, and the generated form was half the time of a move. The
     * same window is nearly always the same object, which settles it at once.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Segment that && start == that.start && end == that.end
                && index == that.index && windowIndex == that.windowIndex && item == that.item
                && (window == that.window || window.equals(that.window));
    }

    @Override
    public int hashCode() {
        return (31 * (31 * windowIndex + start) + end) * 31 + System.identityHashCode(item);
    }
}
