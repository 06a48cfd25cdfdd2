package org.agendaplanner.model;

import java.time.Duration;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Where an item starts: a session and a time within it; and, for an item planned shorter than its estimate (it has
 * a {@code minDuration}), the time it is planned for. Absent, the item takes its whole estimate.
 */
public record ItemStart(String item, String session, @JsonFormat(pattern = "HH:mm") LocalTime start,
        Duration duration) {

    public ItemStart(String item, String session, LocalTime start) {
        this(item, session, start, null);
    }
}
