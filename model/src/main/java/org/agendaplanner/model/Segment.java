package org.agendaplanner.model;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The part of one item that falls in one session; {@code continued} for every part after the first. */
public record Segment(
        String item,
        String session,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        boolean continued) {
}
