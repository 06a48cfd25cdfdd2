package org.agendaplanner.solver.exact;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.agendaplanner.model.BlockDef;
import org.agendaplanner.model.Body;
import org.agendaplanner.model.FixedStart;
import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.Meeting;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Rules;
import org.agendaplanner.model.SessionDef;

/**
 * Meetings of one body in agenda order, made up for the exact planner's tests. Each goes through the file
 * format's parser and validator, so it is a meeting a user could have written.
 */
final class OneBodyMeetings {

    private static final String BODY = "plenary";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 4);
    private static final int[] SESSION_MINUTES = {45, 60, 90, 120, 180};
    /** Rules whose weight a meeting may change and that can break in a meeting of one body. */
    private static final List<String> REWEIGHTED_RULES = List.of("shortSegment", "overnightContinuation", "idleTime",
            "unusedTimeBeforeLaterItems", "withinSessions", "lastSession", "fixedStart", "timeWindow", "notSplittable",
            "interpretationAvailable", "interpretationBudget", "preferences");

    private OneBodyMeetings() {
    }

    /**
     * Up to five sessions (mornings and afternoons, of 45 minutes to 3 hours), perhaps one block, so at most six
     * windows; up to six items with every rule that applies in a meeting of one body drawn at random.
     */
    static MeetingFile small(long seed) {
        var random = new Random(seed);
        var sessions = new ArrayList<SessionDef>();
        int sessionCount = 1 + random.nextInt(5);
        for (int k = 0; k < sessionCount; k++) {
            var start = k % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(15, 0);
            int minutes = SESSION_MINUTES[random.nextInt(SESSION_MINUTES.length)];
            var interpretation = switch (random.nextInt(10)) {
                case 0, 1 -> LanguageNeed.NONE;
                case 2 -> new LanguageNeed(false, List.of("en", "fr"));
                default -> LanguageNeed.ALL;
            };
            sessions.add(new SessionDef("s" + k, BODY, FIRST_DAY.plusDays(k / 2), start, start.plusMinutes(minutes),
                    interpretation, null));
        }
        var blocks = new ArrayList<BlockDef>();
        if (random.nextInt(3) == 0) {
            var session = sessions.get(random.nextInt(sessionCount));
            var start = session.start().plusMinutes(15L * random.nextInt(3));
            var end = start.plusMinutes(15 + 15L * random.nextInt(2));
            if (end.isBefore(session.end())) {
                blocks.add(new BlockDef("b", BODY, session.date(), start, end, LocalizedText.of("en", "Block"), null));
            }
        }

        var items = new ArrayList<ItemDef>();
        int itemCount = 1 + random.nextInt(6);
        for (int k = 0; k < itemCount; k++) {
            int minutes = random.nextBoolean() ? 5 * (1 + random.nextInt(30)) : 1 + random.nextInt(150);
            var interpretation = switch (random.nextInt(10)) {
                case 0 -> LanguageNeed.NONE;
                case 1 -> new LanguageNeed(false, List.of("en"));
                default -> null;
            };
            Boolean splittable = random.nextInt(7) == 0 ? false : null;
            List<String> after = k > 0 && random.nextInt(8) == 0 ? List.of("i" + random.nextInt(k)) : null;
            Boolean lastSession = k == itemCount - 1 && random.nextInt(3) == 0 ? true : null;
            FixedStart fixed = null;
            if (k == 0 && random.nextInt(3) == 0) {
                var session = sessions.get(random.nextInt(sessionCount));
                fixed = new FixedStart(session.id(), session.start().plusMinutes(5L * random.nextInt(6)));
            }
            var notBefore = random.nextInt(10) == 0 ? randomMoment(random, sessions) : null;
            var notAfter = random.nextInt(10) == 0 ? randomMoment(random, sessions) : null;
            if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
                notAfter = null;
            }
            List<String> preferred = random.nextInt(5) == 0
                    ? List.of(sessions.get(random.nextInt(sessionCount)).id()) : null;
            items.add(new ItemDef("i" + k, String.valueOf(k + 1), LocalizedText.of("en", "Item " + (k + 1)),
                    Duration.ofMinutes(minutes), null, null, interpretation, splittable, after, null, null, notBefore,
                    notAfter, preferred, lastSession, fixed, null,
                    // Priorities by place, so the random draws stay as they were: they weigh only items left out, which
                    // the exact program never does, so the brute force must agree with it whatever they are.
                    k % 3 == 2 ? "low" : k % 4 == 1 ? "required" : null, null));
        }

        Integer budget = random.nextInt(3) == 0 ? 1 + random.nextInt(sessionCount) : null;
        Map<String, Integer> weights = null;
        if (random.nextInt(3) == 0) {
            weights = new LinkedHashMap<>();
            for (var key : REWEIGHTED_RULES) {
                if (random.nextInt(3) == 0) {
                    weights.put(key, random.nextInt(151));
                }
            }
        }
        var rules = new Rules("agenda", Duration.ofMinutes(15L * (1 + random.nextInt(3))),
                Duration.ofMinutes(new int[] {5, 10, 15}[random.nextInt(3)]), weights);
        return validated(meeting("Random meeting " + seed, sessions, blocks, items, budget, rules));
    }

    /**
     * {@code days} days of a morning and an afternoon session of three hours, and {@code itemCount} items of 15
     * minutes to 2 hours 45 that fill about nine tenths of them: the opening fixed at the first morning, the
     * adoption of the report (30 minutes) in the last session.
     */
    static MeetingFile generated(int days, int itemCount, long seed) {
        var random = new Random(seed);
        var sessions = new ArrayList<SessionDef>();
        for (int day = 0; day < days; day++) {
            var date = FIRST_DAY.plusDays(day);
            sessions.add(new SessionDef("d" + day + "-am", BODY, date, LocalTime.of(10, 0), LocalTime.of(13, 0),
                    null, null));
            sessions.add(new SessionDef("d" + day + "-pm", BODY, date, LocalTime.of(15, 0), LocalTime.of(18, 0),
                    null, null));
        }
        int business = days * 2 * 180 * 9 / 10;
        var minutes = new int[itemCount];
        minutes[0] = 15;
        minutes[itemCount - 1] = 30;
        double[] shares = random.doubles(itemCount - 2, 0.1, 1.0).toArray();
        double total = java.util.Arrays.stream(shares).sum();
        for (int k = 1; k < itemCount - 1; k++) {
            minutes[k] = Math.max(15, Math.min(165, 5 * (int) Math.round(shares[k - 1] / total * (business - 45) / 5)));
        }
        var items = new ArrayList<ItemDef>();
        for (int k = 0; k < itemCount; k++) {
            var fixed = k == 0 ? new FixedStart("d0-am", LocalTime.of(10, 0)) : null;
            Boolean lastSession = k == itemCount - 1 ? true : null;
            items.add(new ItemDef("i" + k, String.valueOf(k + 1), LocalizedText.of("en", "Item " + (k + 1)),
                    Duration.ofMinutes(minutes[k]), null, null, null, null, null, null, null, null, null, null,
                    lastSession, fixed, null));
        }
        var rules = new Rules("agenda", null, null, null);
        return validated(meeting("Generated meeting of " + itemCount + " items over " + days + " days", sessions,
                List.of(), items, null, rules));
    }

    private static LocalDateTime randomMoment(Random random, List<SessionDef> sessions) {
        var session = sessions.get(random.nextInt(sessions.size()));
        return session.date().atTime(session.start()).plusMinutes(5L * random.nextInt(40));
    }

    private static MeetingFile meeting(String title, List<SessionDef> sessions, List<BlockDef> blocks,
            List<ItemDef> items, Integer budget, Rules rules) {
        return new MeetingFile(MeetingFile.FORMAT, null, new Meeting("TEST", LocalizedText.of("en", title), null, null),
                List.of(new Body(BODY, LocalizedText.of("en", "Plenary"), null)),
                new Interpretation(null, null, budget), sessions, blocks, items, rules, null);
    }

    private static MeetingFile validated(MeetingFile meeting) {
        try {
            return MeetingReader.parse("generated.json", MeetingWriter.toJson(meeting), false);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The generator made an invalid meeting: " + e.getMessage(), e);
        }
    }
}
