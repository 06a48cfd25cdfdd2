package org.agendaplanner.solver.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The solver counts time in minutes since midnight of the meeting's first day; this converts both ways.
 * Meetings are planned in local time at the venue, so no time zone enters the arithmetic.
 */
public record MeetingClock(LocalDate firstDay) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public int minute(LocalDate date, LocalTime time) {
        return day(date) * MINUTES_PER_DAY + time.getHour() * 60 + time.getMinute();
    }

    public int minute(LocalDateTime dateTime) {
        return minute(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    public int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    public LocalTime timeOf(int minute) {
        return LocalTime.of(Math.floorMod(minute, MINUTES_PER_DAY) / 60, Math.floorMod(minute, 60));
    }
}
