package org.agendaplanner.model;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Time a body keeps free of agenda business: registration, a reception, drafting of the report. */
public record BlockDef(
        String id,
        String body,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        LocalizedText label,
        String note) {
}
