package org.agendaplanner.solver.rules;

import java.util.Arrays;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every planning rule, in one place: the constraint name the solver and the explanations use, the key that sets
 * its weight in a meeting file ({@code rules.weights}), its level and default weight, and what it means to a
 * planner. The README's rule table is this enum.
 */
public enum Rule {

    FITS_ITS_BODY("Fits its body", "fitsItsBody", HardMediumSoftLongScore.ONE_HARD,
            "An item is taken up only by a body that may consider it (minutes of the item)."),
    NO_OVERLAP("No overlap", "noOverlap", HardMediumSoftLongScore.ONE_HARD,
            "A body takes one item at a time (minutes of overlap)."),
    NOTHING_BESIDE_AN_EXCLUSIVE_SESSION("Nothing beside an exclusive session", "nothingBesideAnExclusiveSession",
            HardMediumSoftLongScore.ONE_HARD,
            "No other body takes items while an exclusive session (the opening) runs (minutes beside it)."),
    INTERPRETATION_AVAILABLE("Interpretation available", "interpretationAvailable", HardMediumSoftLongScore.ONE_HARD,
            "An item that needs interpretation falls only in sessions interpreted into its languages (minutes without)."),
    INTERPRETATION_TEAMS("Interpretation teams", "interpretationTeams", HardMediumSoftLongScore.ONE_HARD,
            "Never more interpreted sessions at once than interpretation teams (sessions over)."),
    INTERPRETATION_BUDGET("Interpretation budget", "interpretationBudget", HardMediumSoftLongScore.ONE_HARD,
            "Never more interpreted sessions in use than the meeting's budget, when one is given (sessions over)."),
    ORDER("Order", "order", HardMediumSoftLongScore.ONE_HARD,
            "An item starts only after its predecessors end: agenda order, or explicit \"after\" (minutes early)."),
    NOT_SPLITTABLE("Not splittable", "notSplittable", HardMediumSoftLongScore.ONE_HARD,
            "An item marked not splittable never crosses a session boundary (minutes carried over)."),
    FIXED_START("Fixed start", "fixedStart", HardMediumSoftLongScore.ONE_HARD,
            "An item with a fixed start starts exactly there (minutes off)."),
    TIME_WINDOW("Time window", "timeWindow", HardMediumSoftLongScore.ONE_HARD,
            "An item starts no earlier than its notBefore and ends no later than its notAfter (minutes outside)."),
    LAST_SESSION("Last session", "lastSession", HardMediumSoftLongScore.ONE_HARD,
            "An item marked lastSession (the adoption of the report) lies wholly in its body's last session (minutes outside)."),
    WITHIN_SESSIONS("Within the sessions", "withinSessions", HardMediumSoftLongScore.ONE_HARD,
            "An item ends before its body's last session closes (minutes beyond)."),
    DIFFERS_FROM_EARLIER_ALTERNATIVES("Differs from earlier alternatives", "differsFromEarlierAlternatives",
            HardMediumSoftLongScore.ONE_HARD,
            "Only with --alternatives: each alternative starts at least one item in another session than each earlier one (per repeat)."),

    UNSCHEDULED("Unscheduled", "unscheduled", HardMediumSoftLongScore.ONE_MEDIUM,
            "An item that could not be placed without breaking a hard rule (minutes of the item, weighted by its priority: a required minute outweighs all normal and low minutes together, a normal minute all low ones)."),

    SHORT_SEGMENT("Short segment", "shortSegment", HardMediumSoftLongScore.ONE_SOFT,
            "A part of a split item shorter than the minimum segment (minutes short)."),
    OVERNIGHT_CONTINUATION("Overnight continuation", "overnightContinuation", HardMediumSoftLongScore.ofSoft(120),
            "An item continued to the next day rather than over lunch (per day boundary crossed, worth two hours)."),
    IDLE_TIME("Idle time inside a session", "idleTime", HardMediumSoftLongScore.ONE_SOFT,
            "Gaps before or between items of a session; slack belongs at its end (minutes idle)."),
    UNUSED_TIME_BEFORE_LATER_ITEMS("Unused time before later items", "unusedTimeBeforeLaterItems",
            HardMediumSoftLongScore.ONE_SOFT,
            "Session time a body leaves unused (at a session's end, or a whole session) while items other than the adoption of the report follow later; slack belongs after the business, or as drafting time before the adoption (minutes unused)."),
    FREE_ITEM_OUT_OF_ORDER("Free item out of order", "freeItemOutOfOrder", HardMediumSoftLongScore.ofSoft(30),
            "An item marked free (or any item under rules.order free) leaves agenda order only for a reason (per item it passes in its body, worth half an hour)."),
    TOGETHER("Together", "together", HardMediumSoftLongScore.ofSoft(30),
            "Items to be taken together follow one another in the same body (per item between them, worth half an hour; two when in different bodies)."),
    PREFERENCES("Preferences", "preferences", HardMediumSoftLongScore.ONE_SOFT,
            "An item with preferred sessions falls in them (minutes outside)."),
    DRAFTING_TIME("Drafting time", "draftingTime", HardMediumSoftLongScore.ONE_SOFT,
            "With rules.draftingTime, that much session time stays free before the adoption of the report, for the secretariat to draft it (minutes short)."),
    STABILITY("Stability", "stability", HardMediumSoftLongScore.ofSoft(30),
            "When re-planning, an item starts in the session the revised programme gave it (per session moved, worth half an hour; leaving a day it was announced for counts as 4 sessions more)."),
    SHORTENED("Shortened", "shortened", HardMediumSoftLongScore.ofSoft(10),
            "An item with a minDuration planned shorter than its estimate; it is shortened rather than anything left out, and only as far as needed (per minute cut, worth ten minutes of unused time).");

    private final String constraintName;
    private final String key;
    private final HardMediumSoftLongScore defaultWeight;
    private final String description;

    Rule(String constraintName, String key, HardMediumSoftLongScore defaultWeight, String description) {
        this.constraintName = constraintName;
        this.key = key;
        this.defaultWeight = defaultWeight;
        this.description = description;
    }

    public String constraintName() {
        return constraintName;
    }

    public String key() {
        return key;
    }

    public HardMediumSoftLongScore defaultWeight() {
        return defaultWeight;
    }

    public String description() {
        return description;
    }

    public String level() {
        if (defaultWeight.hardScore() != 0) {
            return "hard";
        }
        return defaultWeight.mediumScore() != 0 ? "medium" : "soft";
    }

    /** The weight a file's {@code rules.weights} entry stands for, at this rule's level. */
    public HardMediumSoftLongScore weightOf(int value) {
        return switch (level()) {
            case "hard" -> HardMediumSoftLongScore.ofHard(value);
            case "medium" -> HardMediumSoftLongScore.ofMedium(value);
            default -> HardMediumSoftLongScore.ofSoft(value);
        };
    }

    public static Optional<Rule> forKey(String key) {
        return Arrays.stream(values()).filter(rule -> rule.key.equals(key)).findFirst();
    }

    public static Optional<Rule> forConstraintName(String name) {
        return Arrays.stream(values()).filter(rule -> rule.constraintName.equals(name)).findFirst();
    }
}
