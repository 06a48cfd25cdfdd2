package org.agendaplanner.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Per body, the business its items ask for against the session time it has, and the business that needs
 * interpretation against its interpreted session time: what a planner checks first, so that an over-full meeting is
 * seen before it is solved. Only items that one body alone may take are counted for it; items with a choice of
 * bodies are counted apart ({@link #sharedMinutes}). Blocks are taken out of the session time.
 *
 * @param body the body's id
 * @param businessMinutes the estimates of the items only this body may take
 * @param shortestMinutes the same with every item shortened as far as its {@code minDuration} allows
 * @param sessionMinutes the body's session time, less its blocks
 * @param interpretedBusinessMinutes the estimates of those of its items that need interpretation
 * @param interpretedShortestMinutes the same, shortened as far as allowed
 * @param interpretedMinutes the part of its session time that has interpretation
 * @param sharedMinutes the estimates of items this body may take along with others
 */
public record BusinessAndTime(String body, long businessMinutes, long shortestMinutes, long sessionMinutes,
        long interpretedBusinessMinutes, long interpretedShortestMinutes, long interpretedMinutes, long sharedMinutes) {

    /** The business is more than the session time holds, or the interpreted business more than the interpreted time. */
    public boolean overFull() {
        return businessMinutes > sessionMinutes || interpretedBusinessMinutes > interpretedMinutes;
    }

    /** Over full, but it fits once the items that may be shortened are. */
    public boolean fitsWhenShortened() {
        return overFull() && shortestMinutes <= sessionMinutes && interpretedShortestMinutes <= interpretedMinutes;
    }

    /** "plenary: business 25 h against 24 h of sessions; 25 h needing interpretation against 18 h interpreted." */
    public String describe() {
        var text = new StringBuilder(body).append(": business ").append(MinutesText.of(businessMinutes));
        if (shortestMinutes < businessMinutes) {
            text.append(" (").append(MinutesText.of(shortestMinutes)).append(" shortened)");
        }
        text.append(" against ").append(MinutesText.of(sessionMinutes)).append(" of sessions; ")
                .append(MinutesText.of(interpretedBusinessMinutes)).append(" needing interpretation against ")
                .append(MinutesText.of(interpretedMinutes)).append(" interpreted");
        if (sharedMinutes > 0) {
            text.append("; ").append(MinutesText.of(sharedMinutes)).append(" more it may take with other bodies");
        }
        return text.append('.').toString();
    }

    /** The warning a planner reads for an over-full body, with what can give; null when the body is not over full. */
    public String warning() {
        if (!overFull()) {
            return null;
        }
        boolean interpreted = interpretedBusinessMinutes > interpretedMinutes && businessMinutes <= sessionMinutes;
        long over = interpreted ? interpretedBusinessMinutes - interpretedMinutes : businessMinutes - sessionMinutes;
        return "Body \"" + body + "\" has " + MinutesText.of(over) + " more business than "
                + (interpreted ? "interpreted session time" : "session time") + "; "
                + (fitsWhenShortened() ? "shortening the items with a minDuration makes room, and solve does so."
                        : "solve will shorten what may be shortened and leave out low-priority items first, then normal "
                                + "ones. Mark what may give (\"priority\": \"low\", \"minDuration\") or add sessions.");
    }

    /** The figures for each body of a valid meeting, in the order of {@code bodies}. */
    public static List<BusinessAndTime> of(MeetingFile meeting) {
        var result = new ArrayList<BusinessAndTime>();
        var languages = meeting.languages();
        for (var body : meeting.bodies()) {
            long session = 0;
            long interpreted = 0;
            for (var definition : meeting.sessions()) {
                if (!definition.body().equals(body.id())) {
                    continue;
                }
                long minutes = minutesLessBlocks(meeting, definition);
                session += minutes;
                if (!definition.interpretationOrDefault().resolve(languages).isEmpty()) {
                    interpreted += minutes;
                }
            }
            long business = 0;
            long shortest = 0;
            long interpretedBusiness = 0;
            long interpretedShortest = 0;
            long shared = 0;
            for (var item : meeting.items()) {
                var bodies = item.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : item.allowedBodies();
                if (!bodies.contains(body.id())) {
                    continue;
                }
                long minutes = item.duration().toMinutes();
                if (bodies.size() > 1) {
                    shared += minutes;
                    continue;
                }
                long least = item.minDurationOrDuration().toMinutes();
                business += minutes;
                shortest += least;
                if (!item.interpretationOrDefault().resolve(languages).isEmpty()) {
                    interpretedBusiness += minutes;
                    interpretedShortest += least;
                }
            }
            result.add(new BusinessAndTime(body.id(), business, shortest, session, interpretedBusiness,
                    interpretedShortest, interpreted, shared));
        }
        return result;
    }

    private static long minutesLessBlocks(MeetingFile meeting, SessionDef session) {
        LocalDateTime start = session.date().atTime(session.start());
        LocalDateTime end = session.date().atTime(session.end());
        long minutes = java.time.Duration.between(start, end).toMinutes();
        for (var block : meeting.blocksOrEmpty()) {
            if (!block.body().equals(session.body()) || !block.date().equals(session.date())) {
                continue;
            }
            var from = block.date().atTime(block.start());
            var to = block.date().atTime(block.end());
            var overlapStart = from.isAfter(start) ? from : start;
            var overlapEnd = to.isBefore(end) ? to : end;
            if (overlapEnd.isAfter(overlapStart)) {
                minutes -= java.time.Duration.between(overlapStart, overlapEnd).toMinutes();
            }
        }
        return Math.max(0, minutes);
    }
}
