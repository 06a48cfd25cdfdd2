package org.agendaplanner.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One agenda item with its time estimate and the rules that bind it. Optional fields are null when absent. */
public record ItemDef(
        String id,
        String number,
        LocalizedText title,
        Duration duration,
        String body,
        List<String> bodies,
        LanguageNeed interpretation,
        Boolean splittable,
        List<String> after,
        Boolean free,
        List<String> together,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime notBefore,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime notAfter,
        List<String> preferred,
        Boolean lastSession,
        FixedStart fixed,
        String note,
        String priority,
        Duration minDuration) {

    /** The three priorities, from the item that gives last to the one that is left out only when nothing else can. */
    public static final List<String> PRIORITIES = List.of("required", "normal", "low");

    /** An item as before priorities and flexible durations: normal (or required when fixed or last), full length. */
    public ItemDef(String id, String number, LocalizedText title, Duration duration, String body, List<String> bodies,
            LanguageNeed interpretation, Boolean splittable, List<String> after, Boolean free, List<String> together,
            LocalDateTime notBefore, LocalDateTime notAfter, List<String> preferred, Boolean lastSession,
            FixedStart fixed, String note) {
        this(id, number, title, duration, body, bodies, interpretation, splittable, after, free, together, notBefore,
                notAfter, preferred, lastSession, fixed, note, null, null);
    }

    /** Bodies that may take the item; empty means "the meeting's first body". */
    public List<String> allowedBodies() {
        if (bodies != null && !bodies.isEmpty()) {
            return bodies;
        }
        return body == null ? List.of() : List.of(body);
    }

    public LanguageNeed interpretationOrDefault() {
        return interpretation == null ? LanguageNeed.ALL : interpretation;
    }

    public boolean isSplittable() {
        return splittable == null || splittable;
    }

    public boolean isFree() {
        return Boolean.TRUE.equals(free);
    }

    public boolean isLastSession() {
        return Boolean.TRUE.equals(lastSession);
    }

    /**
     * The item's priority: as written, else {@code required} for an item with a fixed start or one that must be in
     * its body's last session (the opening, the adoption of the report), else {@code normal}.
     */
    public String priorityOrDefault() {
        if (priority != null) {
            return priority;
        }
        return fixed != null || isLastSession() ? "required" : "normal";
    }

    /** The shortest the item may be made: its {@code minDuration}, or its whole estimate when it may not be shortened. */
    public Duration minDurationOrDuration() {
        return minDuration == null ? duration : minDuration;
    }

    public List<String> afterOrEmpty() {
        return after == null ? List.of() : after;
    }

    /**
     * The same item with another time estimate (a scenario that shortens it); a {@code minDuration} above the new
     * estimate comes down to it.
     */
    public ItemDef withDuration(Duration newDuration) {
        var least = minDuration == null || minDuration.compareTo(newDuration) <= 0 ? minDuration : newDuration;
        return new ItemDef(id, number, title, newDuration, body, bodies, interpretation, splittable, after, free,
                together, notBefore, notAfter, preferred, lastSession, fixed, note, priority, least);
    }

    /** The same item free to leave agenda order, or held to it (a scenario that moves it, say). */
    public ItemDef withFree(boolean newFree) {
        return new ItemDef(id, number, title, duration, body, bodies, interpretation, splittable, after, newFree,
                together, notBefore, notAfter, preferred, lastSession, fixed, note, priority, minDuration);
    }

    /** The same item taken up by one other body (a scenario that moves it). */
    public ItemDef withBody(String newBody) {
        return new ItemDef(id, number, title, duration, newBody, null, interpretation, splittable, after, free,
                together, notBefore, notAfter, preferred, lastSession, fixed, note, priority, minDuration);
    }
}
