package org.agendaplanner.model;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Where an item starts: a session and a time within it. */
public record ItemStart(String item, String session, @JsonFormat(pattern = "HH:mm") LocalTime start) {
}
