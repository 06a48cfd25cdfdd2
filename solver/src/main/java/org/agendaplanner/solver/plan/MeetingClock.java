package org.agendaplanner.solver.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The solver counts time in minutes since midnight of the meeting's first day (the day of its first session); this
 * converts both ways. Meetings are planned in local time at the venue, so no time zone enters the arithmetic.
 *
 * <p>The solver's minutes are {@code int}s, and its rules add, subtract and weigh them. Sessions must therefore lie
 * within {@link #MAX_SPAN_DAYS} of the first day (the problem builder refuses a meeting whose sessions do not), so
 * that every moment of a session, and any difference of two, stays below {@link #MAX_MINUTE}. Any other moment
 * (a {@code notBefore}, a block) may lie anywhere: it is counted in {@code long} by {@link #minutes} and brought
 * within reach of the sessions before it enters the solver, never wrapped around.
 */
public record MeetingClock(LocalDate firstDay) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    /**
     * The farthest a session may lie after the meeting's first day: far beyond any real meeting (a year's session of
     * a body is 366 days), and small enough that minutes of sessions times a rule's weight stay far from overflow.
     */
    public static final int MAX_SPAN_DAYS = 1_000;

    /**
     * The last minute of the last day a session may fall on. No minute in the solver lies further than one past it
     * from the first day, on either side: moments beyond are brought to that reach.
     */
    public static final int MAX_MINUTE = (MAX_SPAN_DAYS + 1) * MINUTES_PER_DAY - 1;

    /** Minutes from the first day's midnight to a moment: exact for any date, never overflowing. */
    public long minutes(LocalDate date, LocalTime time) {
        return days(date) * MINUTES_PER_DAY + time.getHour() * 60L + time.getMinute();
    }

    public long minutes(LocalDateTime dateTime) {
        return minutes(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    /**
     * The minute of a moment within the meeting's span, as the solver counts it.
     *
     * @throws ArithmeticException for a moment beyond {@link #MAX_SPAN_DAYS} of the first day, which the problem
     *         builder refuses before it asks
     */
    public int minute(LocalDate date, LocalTime time) {
        long minutes = minutes(date, time);
        if (minutes < -MINUTES_PER_DAY || minutes > MAX_MINUTE) {
            throw new ArithmeticException(date + " " + time + " lies beyond " + MAX_SPAN_DAYS + " days of " + firstDay);
        }
        return (int) minutes;
    }

    public int minute(LocalDateTime dateTime) {
        return minute(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    /** A moment's minute brought within {@code [earliest, latest]}: exact inside, the nearer bound outside. */
    public int minuteWithin(LocalDate date, LocalTime time, int earliest, int latest) {
        return (int) Math.max(earliest, Math.min(latest, minutes(date, time)));
    }

    /** Days since the first day, exact for any date. */
    public long days(LocalDate date) {
        return ChronoUnit.DAYS.between(firstDay, date);
    }

    /**
     * Days since the first day, for a date within the meeting's span.
     *
     * @throws ArithmeticException beyond it
     */
    public int day(LocalDate date) {
        long days = days(date);
        if (days < -1 || days > MAX_SPAN_DAYS) {
            throw new ArithmeticException(date + " lies beyond " + MAX_SPAN_DAYS + " days of " + firstDay);
        }
        return (int) days;
    }

    public LocalTime timeOf(int minute) {
        return LocalTime.of(Math.floorMod(minute, MINUTES_PER_DAY) / 60, Math.floorMod(minute, 60));
    }
}
