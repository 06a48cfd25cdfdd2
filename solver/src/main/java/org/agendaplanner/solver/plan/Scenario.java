package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.agendaplanner.model.Body;
import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.SessionDef;
import org.agendaplanner.model.Rules;
import org.agendaplanner.solver.rules.Rule;

/**
 * Scenario settings ({@code key=value}, the command line's {@code --set}): a scenario solved without editing the
 * file ("what if only three meetings have interpretation?"). The solved file carries the changed figures and lists
 * the settings in {@code programme.overrides}.
 */
public final class Scenario {

    /** A setting that is not {@code key=value}, names no known key, or gives a value the key does not take. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidSettingException(String message) {
            super(message);
        }
    }

    /** The keys a setting may have, for help texts. */
    public static final String KEYS = "interpretation.maxSessions, interpretation.teams, rules.minSegment, rules.order, "
            + "weights.<rule key>, sessions.<new id>=BODY,yyyy-mm-dd,HH:mm-HH:mm[,interpreted|uninterpreted], "
            + "items.<id>.duration, items.<id>.body, items.<id>.free";

    private Scenario() {
    }

    /**
     * The meeting with each setting applied in turn; the file itself is not touched. A meeting the settings make
     * invalid (a session added over another of its body, an item moved to a body its preferred sessions are not in)
     * is refused with the validator's words.
     */
    public static MeetingFile apply(MeetingFile meeting, List<String> settings) {
        var result = meeting;
        for (var setting : settings) {
            int equals = setting.indexOf('=');
            if (equals < 1) {
                throw usage("\"" + setting + "\" is not key=value.");
            }
            result = apply(result, setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        if (!settings.isEmpty()) {
            try {
                MeetingReader.validate("--set", result);
            } catch (InvalidInputException e) {
                throw usage("the settings make the meeting invalid: " + e.getMessage().replace("\n", "; "));
            }
        }
        return result;
    }

    /** The setting that adds a session: {@code sessions.ID=BODY,DATE,START-END,interpreted|uninterpreted}. */
    public static String addedSession(SessionDef session) {
        return "sessions." + session.id() + "=" + session.body() + "," + session.date() + "," + session.start() + "-"
                + session.end() + "," + (session.interpretationOrDefault().equals(LanguageNeed.NONE) ? "uninterpreted"
                        : "interpreted");
    }

    private static MeetingFile apply(MeetingFile meeting, String key, String value) {
        var interpretation = meeting.interpretation() == null ? new Interpretation(null, null, null)
                : meeting.interpretation();
        var rules = meeting.rulesOrDefault();
        switch (key) {
            case "interpretation.maxSessions" -> {
                return meeting.withInterpretation(new Interpretation(interpretation.languages(),
                        interpretation.teams(), value.equals("none") ? null : count(key, value, 0)));
            }
            case "interpretation.teams" -> {
                return meeting.withInterpretation(new Interpretation(interpretation.languages(),
                        count(key, value, 1), interpretation.maxSessions()));
            }
            case "rules.minSegment" -> {
                return meeting.withRules(new Rules(rules.order(), duration(key, value), rules.grain(), rules.weights()));
            }
            case "rules.order" -> {
                if (!value.equals("agenda") && !value.equals("free")) {
                    throw usage(key + " is agenda or free, not \"" + value + "\".");
                }
                return meeting.withRules(new Rules(value, rules.minSegment(), rules.grain(), rules.weights()));
            }
            default -> {
                if (key.startsWith("sessions.")) {
                    return withSession(meeting, key, key.substring("sessions.".length()), value);
                }
                if (key.startsWith("items.")) {
                    return withItem(meeting, key, value);
                }
                var ruleKey = key.replaceFirst("^(rules\\.)?weights\\.", "");
                if (ruleKey.equals(key) || Rule.forKey(ruleKey).isEmpty()) {
                    throw usage("Unknown setting \"" + key + "\". Settings: " + KEYS + "; rule keys: "
                            + String.join(", ", Arrays.stream(Rule.values()).map(Rule::key).toList()) + ".");
                }
                var weights = new LinkedHashMap<>(rules.weightsOrEmpty());
                int weight = count(key, value, 0);
                if (weight > Rules.MAX_WEIGHT) {
                    throw usage(key + " takes a weight from 0 to " + Rules.MAX_WEIGHT + ", not " + weight + ".");
                }
                weights.put(ruleKey, weight);
                return meeting.withRules(new Rules(rules.order(), rules.minSegment(), rules.grain(), weights));
            }
        }
    }

    /** One more session, on the grid of the file's own: the body, the day, the times, and whether interpreted. */
    private static MeetingFile withSession(MeetingFile meeting, String key, String id, String value) {
        var parts = value.split(",", -1);
        if (id.isEmpty() || parts.length < 3 || parts.length > 4 || !parts[2].contains("-")) {
            throw usage(key + " takes BODY,yyyy-mm-dd,HH:mm-HH:mm[,interpreted|uninterpreted], e.g. "
                    + "sessions.cow-wed-eve=cow,2025-05-07,19:00-22:00,interpreted, not \"" + value + "\".");
        }
        if (meeting.session(id).isPresent()) {
            throw usage(key + ": the meeting already has a session \"" + id + "\"; give the new one another id.");
        }
        var body = parts[0].trim();
        if (meeting.bodies().stream().noneMatch(each -> each.id().equals(body))) {
            throw usage(key + ": no body \"" + body + "\"; bodies: "
                    + String.join(", ", meeting.bodies().stream().map(Body::id).toList()) + ".");
        }
        LocalDate date;
        LocalTime start;
        LocalTime end;
        try {
            date = LocalDate.parse(parts[1].trim());
            var times = parts[2].split("-", 2);
            start = LocalTime.parse(times[0].trim());
            end = LocalTime.parse(times[1].trim());
        } catch (DateTimeParseException e) {
            throw usage(key + " takes a date yyyy-mm-dd and times HH:mm-HH:mm, not \"" + value + "\".");
        }
        var interpreted = parts.length < 4 ? "interpreted" : parts[3].trim();
        if (!interpreted.equals("interpreted") && !interpreted.equals("uninterpreted")) {
            throw usage(key + ": the fourth part is interpreted or uninterpreted, not \"" + interpreted + "\".");
        }
        var sessions = new ArrayList<>(meeting.sessions());
        sessions.add(new SessionDef(id, body, date, start, end,
                interpreted.equals("interpreted") ? LanguageNeed.ALL : LanguageNeed.NONE, null));
        return meeting.withSessions(sessions);
    }

    /**
     * An item's time estimate ({@code items.ID.duration}), the one body that takes it ({@code items.ID.body}), or
     * whether it may leave agenda order ({@code items.ID.free}).
     */
    private static MeetingFile withItem(MeetingFile meeting, String key, String value) {
        int dot = key.lastIndexOf('.');
        var id = key.substring("items.".length(), Math.max(dot, "items.".length()));
        var field = key.substring(dot + 1);
        if (meeting.item(id).isEmpty()) {
            throw usage(key + ": no item \"" + id + "\".");
        }
        var items = new ArrayList<ItemDef>();
        for (var item : meeting.items()) {
            if (!item.id().equals(id)) {
                items.add(item);
            } else if (field.equals("duration")) {
                var duration = duration(key, value);
                if (duration.isNegative() || duration.isZero()) {
                    throw usage(key + " takes a positive duration, not \"" + value + "\".");
                }
                items.add(item.withDuration(duration));
            } else if (field.equals("body")) {
                if (meeting.bodies().stream().noneMatch(each -> each.id().equals(value))) {
                    throw usage(key + ": no body \"" + value + "\"; bodies: "
                            + String.join(", ", meeting.bodies().stream().map(Body::id).toList()) + ".");
                }
                items.add(item.withBody(value));
            } else if (field.equals("free")) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw usage(key + " is true or false, not \"" + value + "\".");
                }
                items.add(item.withFree(value.equals("true")));
            } else {
                throw usage("Unknown setting \"" + key + "\": an item takes items.<id>.duration, items.<id>.body or "
                        + "items.<id>.free.");
            }
        }
        return meeting.withItems(items);
    }

    private static int count(String key, String value, int least) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= least) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the key and what is allowed.
        }
        throw usage(key + " takes a whole number of at least " + least + ", not \"" + value + "\".");
    }

    private static Duration duration(String key, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw usage(key + " takes an ISO 8601 duration such as PT20M, not \"" + value + "\".");
        }
    }

    private static InvalidSettingException usage(String message) {
        return new InvalidSettingException(message);
    }
}
