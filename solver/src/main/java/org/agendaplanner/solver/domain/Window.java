package org.agendaplanner.solver.domain;

/** A stretch of a session free for agenda business: the whole session, or what a block leaves of it. */
public record Window(Session session, int start, int end) {

    public int minutes() {
        return end - start;
    }
}
