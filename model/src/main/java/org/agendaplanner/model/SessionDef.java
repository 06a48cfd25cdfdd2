package org.agendaplanner.model;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One slot of one body, e.g. Tuesday 10:00–13:00 of the plenary. */
public record SessionDef(
        String id,
        String body,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        LanguageNeed interpretation,
        String note) {

    /** Sessions have interpretation unless the file says otherwise. */
    public LanguageNeed interpretationOrDefault() {
        return interpretation == null ? LanguageNeed.ALL : interpretation;
    }
}
