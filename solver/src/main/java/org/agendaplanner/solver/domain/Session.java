package org.agendaplanner.solver.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One slot of one body, on the meeting's clock (minutes since midnight of the first day), with the
 * languages it is interpreted into (none for an informal session).
 */
public final class Session {

    private final String id;
    private final String bodyId;
    private final LocalDate date;
    private final int day;
    private final int start;
    private final int end;
    private final Set<String> languages;
    private boolean exclusive;

    public Session(String id, String bodyId, LocalDate date, int day, int start, int end, Set<String> languages) {
        this.id = id;
        this.bodyId = bodyId;
        this.date = date;
        this.day = day;
        this.start = start;
        this.end = end;
        this.languages = Set.copyOf(languages);
    }

    public String id() {
        return id;
    }

    public String bodyId() {
        return bodyId;
    }

    public LocalDate date() {
        return date;
    }

    /** Days since the meeting's first day. */
    public int day() {
        return day;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Set<String> languages() {
        return languages;
    }

    /** Nothing of another body may run beside it (the opening). */
    public boolean isExclusive() {
        return exclusive;
    }

    public void setExclusive(boolean exclusive) {
        this.exclusive = exclusive;
    }

    public boolean isInterpreted() {
        return !languages.isEmpty();
    }

    public boolean coversLanguages(Set<String> needed) {
        return languages.containsAll(needed);
    }

    @Override
    public String toString() {
        return id;
    }
}
