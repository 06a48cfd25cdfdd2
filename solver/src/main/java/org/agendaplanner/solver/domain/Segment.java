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
}
