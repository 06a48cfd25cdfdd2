package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.MeetingFile;
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
            + "weights.<rule key>";

    private Scenario() {
    }

    /** The meeting with each setting applied in turn; the file itself is not touched. */
    public static MeetingFile apply(MeetingFile meeting, List<String> settings) {
        var result = meeting;
        for (var setting : settings) {
            int equals = setting.indexOf('=');
            if (equals < 1) {
                throw usage("\"" + setting + "\" is not key=value.");
            }
            result = apply(result, setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        return result;
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
