package org.agendaplanner.model;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One slot of one body, e.g. Tuesday 10:00–13:00 of the plenary. An {@code exclusive} session (the opening)
 * has nothing of another body running beside it.
 */
public record SessionDef(
        String id,
        String body,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        LanguageNeed interpretation,
        Boolean exclusive,
        String note) {

    public SessionDef(String id, String body, LocalDate date, LocalTime start, LocalTime end,
            LanguageNeed interpretation, String note) {
        this(id, body, date, start, end, interpretation, null, note);
    }

    public boolean isExclusive() {
        return Boolean.TRUE.equals(exclusive);
    }

    /** Sessions have interpretation unless the file says otherwise. */
    public LanguageNeed interpretationOrDefault() {
        return interpretation == null ? LanguageNeed.ALL : interpretation;
    }
}
