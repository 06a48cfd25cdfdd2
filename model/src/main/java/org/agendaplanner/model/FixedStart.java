package org.agendaplanner.model;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A start the planner has fixed: the opening at 10:00 on day one, a keynote at 14:30. */
public record FixedStart(String session, @JsonFormat(pattern = "HH:mm") LocalTime start) {
}
