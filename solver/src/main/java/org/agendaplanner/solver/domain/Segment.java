package org.agendaplanner.solver.domain;

/** The part of one item that falls in one window; {@code index} 0 is where the item opens. */
public record Segment(Item item, Window window, int start, int end, int index) {

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
