package org.agendaplanner.solver.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MinutesText;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Segment;
import org.agendaplanner.model.SessionDef;

/**
 * What a secretariat could relax so that every item is placed whole, each tried as a scenario ({@link Scenario}) and
 * kept only when a solve with it places every item at its full estimate without breaking a hard rule: one more
 * interpretation team, a larger budget of interpreted sessions, one more session for a body (on a free half-day of
 * the grid, or an evening), a named item shortened by the time left out or cut, a {@code low} item moved to another
 * body. The trials run side by side ({@link IndependentSolves}), within a time limit;
 * each is the solve that {@code --set} with its settings runs, with the solve's seed and limits, so that applying a
 * remedy listed places every item, and the list is the same for the same file and seed whenever every trial finishes
 * inside the limit (the result says how many did not).
 */
public final class Remedies {

    /** How long the trials may take together unless told otherwise: a few seconds, as a planner waits for it. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** At most this many extra sessions are tried per body: the earliest free half-days, then evenings. */
    static final int SESSIONS_PER_BODY = 4;

    /** At most this many items of a body are tried shortened. */
    static final int SHORTENINGS_PER_BODY = 2;

    /** At most this many moves of a body's low items to another body are tried. */
    static final int MOVES_PER_BODY = 3;

    /** An evening meeting starts this long after the grid's last session ends. */
    private static final Duration EVENING_BREAK = Duration.ofHours(1);

    /** What a remedy relaxes; the JSON names it by {@link #key()}. */
    public enum Kind {
        INTERPRETATION_TEAM("interpretationTeam"),
        INTERPRETATION_BUDGET("interpretationBudget"),
        SESSION("session"),
        SHORTER_ITEM("shorterItem"),
        ITEM_TO_ANOTHER_BODY("itemToAnotherBody");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One relaxation that places every item.
     *
     * @param kind what it relaxes
     * @param description what a secretariat would do, in a sentence
     * @param cost what it costs, in the units a secretariat counts (a team, interpreted sessions, session time, minutes
     *        of an item)
     * @param settings the {@code --set} settings that apply it
     * @param score the score of the programme solved with it
     */
    public record Remedy(Kind kind, String description, String cost, List<String> settings, String score) {

        public Remedy {
            settings = List.copyOf(settings);
        }
    }

    /**
     * What the search for remedies found.
     *
     * @param remedies those that place every item, in the order tried
     * @param tried how many relaxations were solved to the end
     * @param notFinished how many the time limit (or a stop) cut short or kept from starting: not judged
     * @param timeLimit the limit the trials had
     * @param time how long they took
     * @param stopped whether the solve's stop (Ctrl-C) ended them, rather than the limit or their end
     */
    public record Search(List<Remedy> remedies, int tried, int notFinished, Duration timeLimit, Duration time,
            boolean stopped) {

        public Search {
            remedies = List.copyOf(remedies);
        }
    }

    /**
     * A relaxation to try: its settings, and how to word it once tried. Candidates of one {@code group} (0 or more;
     * -1 for none) are amounts of one relaxation, smallest first: only the first that places everything is listed.
     */
    private record Candidate(Kind kind, List<String> settings, String description, String cost, String newSession,
            int group) {
    }

    /** What a trial gives for a relaxation the meeting cannot take. */
    private static final Planner.Plan REFUSED = new Planner.Plan(List.of(), false, Duration.ZERO);

    private Remedies() {
    }

    /** Whether a solved file's programme leaves business out or shortens it, so that remedies are worth looking for. */
    public static boolean worthLooking(MeetingFile solved) {
        return solved.programme() != null && !placesEverything(solved.programme());
    }

    /** Every item placed, and none planned shorter than its estimate. */
    private static boolean placesEverything(Programme programme) {
        return programme.unscheduled() == null
                && programme.items().stream().allMatch(start -> start.duration() == null);
    }

    /**
     * Tries each relaxation of the meeting as solved in {@code solved} and returns those that place every item.
     *
     * @param meeting the file as read, before the solve's own scenario settings
     * @param solved the solved file whose programme leaves business out
     * @param settings the solve's settings (seed, limits, scenario, stop): each trial adds its settings to the solve's
     * @param timeLimit how long the trials may take together
     * @param parallelism how many trials run at once
     */
    public static Search find(MeetingFile meeting, String fileName, MeetingFile solved, Planner.Settings settings,
            Duration timeLimit, int parallelism) throws InvalidInputException {
        Objects.requireNonNull(solved.programme(), "solved.programme()");
        long startNanos = System.nanoTime();
        var scenario = Scenario.apply(meeting, settings.overrides());
        var candidates = candidates(scenario, solved);
        // Each trial is the very solve that --set with its settings runs on the same file and seed (it does not start
        // from the programme it relaxes, which finds more), so that a remedy listed is one that applying it keeps.
        var stop = new Planner.Stop();
        // The trials stop at the limit, or when the solve itself is stopped (Ctrl-C).
        ScheduledExecutorService watch = new ScheduledThreadPoolExecutor(1, work -> {
            var thread = new Thread(work, "agenda-remedies-limit");
            thread.setDaemon(true);
            return thread;
        });
        long deadline = startNanos + timeLimit.toNanos();
        watch.scheduleAtFixedRate(() -> {
            if (settings.stop().isRequested() || System.nanoTime() >= deadline) {
                stop.request();
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        List<Planner.Plan> plans;
        try {
            plans = IndependentSolves.run(candidates, parallelism, candidate -> {
                var overrides = new ArrayList<>(settings.overrides());
                overrides.addAll(candidate.settings());
                var left = Duration.ofNanos(deadline - System.nanoTime());
                if (stop.isRequested() || left.isNegative() || left.isZero()) {
                    return null;
                }
                // A second beyond the limit, so that it is always the stop that ends a trial at the limit, and the
                // trial knows it was cut short.
                var trial = settings.withOverrides(overrides).withAlternatives(1).withExactOnly(false)
                        .withSearchToOptimum(false).withTimeLimit(left.plusSeconds(1)).withStop(stop)
                        .withProgress(Planner.ProgressListener.NONE);
                try {
                    return Planner.plan(meeting, fileName, trial);
                } catch (Scenario.InvalidSettingException | InvalidInputException refused) {
                    // A relaxation the meeting cannot take (a session the validator refuses) is no remedy.
                    return REFUSED;
                }
            });
        } finally {
            watch.shutdownNow();
        }
        var remedies = new ArrayList<Remedy>();
        var groupsPlaced = new LinkedHashSet<Integer>();
        int tried = 0;
        int notFinished = 0;
        for (int index = 0; index < candidates.size(); index++) {
            var plan = plans.get(index);
            var candidate = candidates.get(index);
            if (plan == REFUSED) {
                continue;
            }
            // A trial the limit cut short depends on the machine's speed: it is neither kept nor held against.
            if (plan == null || plan.stopped() || plan.best().isEmpty() || !plan.best().get().constructionFinished()) {
                notFinished++;
                continue;
            }
            tried++;
            var trial = plan.best().get();
            // Of the amounts tried for one relaxation (a budget 1 or 2 larger, an item cut by less or more), the
            // smallest that places everything.
            if (!trial.isFeasible() || !placesEverything(trial.solvedFile().programme())
                    || candidate.group() >= 0 && !groupsPlaced.add(candidate.group())) {
                continue;
            }
            remedies.add(new Remedy(candidate.kind(), described(candidate, trial), candidate.cost(),
                    candidate.settings(), trial.solvedFile().programme().score()));
        }
        return new Search(remedies, tried, notFinished, timeLimit, Duration.ofNanos(System.nanoTime() - startNanos),
                settings.stop().isRequested());
    }

    /** The description of a new session says what it would take up. */
    private static String described(Candidate candidate, Planner.Alternative trial) {
        if (candidate.newSession() == null) {
            return candidate.description();
        }
        var taken = trial.solvedFile().programme().segments().stream()
                .filter(segment -> segment.session().equals(candidate.newSession()))
                .map(segment -> trial.solvedFile().item(segment.item()).map(ItemDef::number).orElse(segment.item()))
                .distinct().toList();
        return candidate.description() + (taken.isEmpty() ? "" : "; it would take up item"
                + (taken.size() == 1 ? " " : "s ") + String.join(", ", taken));
    }

    /** Every relaxation worth a trial, in a fixed order: teams, budget, sessions, shorter items, low items moved. */
    static List<Candidate> candidates(MeetingFile meeting, MeetingFile solved) {
        var programme = solved.programme();
        // The minutes each item did not get: all of it when left out, the minutes cut when shortened.
        var missingByItem = new LinkedHashMap<ItemDef, Long>();
        var leftOut = programme.unscheduled() == null ? List.<String> of() : programme.unscheduled();
        leftOut.forEach(id -> meeting.item(id).ifPresent(item -> missingByItem.put(item,
                item.duration().toMinutes())));
        programme.items().stream().filter(start -> start.duration() != null).forEach(start -> meeting.item(
                start.item()).ifPresent(item -> missingByItem.put(item, item.duration().minus(start.duration())
                        .toMinutes())));
        var bodies = new LinkedHashMap<String, List<ItemDef>>();
        for (var body : meeting.bodies()) {
            var items = missingByItem.keySet().stream().filter(item -> bodiesOf(meeting, item).contains(body.id()))
                    .toList();
            if (!items.isEmpty()) {
                bodies.put(body.id(), items);
            }
        }
        var inUse = programme.segments() == null ? Set.<String> of()
                : programme.segments().stream().map(Segment::session).collect(Collectors.toSet());
        var interpreted = meeting.sessions().stream().filter(Remedies::interpreted).toList();
        var interpretation = meeting.interpretation();
        int teams = interpretation == null ? 1 : interpretation.teamCount();
        Integer budget = interpretation == null ? null : interpretation.maxSessions();
        long interpretedInUse = interpreted.stream().filter(session -> inUse.contains(session.id())).count();
        boolean budgetSpent = budget != null && interpretedInUse >= budget;

        var candidates = new ArrayList<Candidate>();
        if (mostAtOnce(interpreted) > teams) {
            candidates.add(new Candidate(Kind.INTERPRETATION_TEAM, List.of("interpretation.teams=" + (teams + 1)),
                    "One more interpretation team, so that " + (teams + 1) + " interpreted sessions can meet at once",
                    "one more team of interpreters (" + (teams + 1) + " instead of " + teams + ")", null, -1));
        }
        if (budget != null) {
            for (int more = 1; more <= 2 && budget + more <= interpreted.size(); more++) {
                candidates.add(new Candidate(Kind.INTERPRETATION_BUDGET,
                        List.of("interpretation.maxSessions=" + (budget + more)),
                        "A budget of " + (budget + more) + " interpreted sessions instead of " + budget,
                        more + " more interpreted session" + (more == 1 ? "" : "s") + " in the budget", null, 0));
            }
        }
        for (var entry : bodies.entrySet()) {
            boolean needsInterpretation = entry.getValue().stream()
                    .anyMatch(item -> !item.interpretationOrDefault().resolve(meeting.languages()).isEmpty());
            for (var session : newSessions(meeting, entry.getKey(), needsInterpretation, inUse, teams)) {
                var settings = new ArrayList<>(List.of(Scenario.addedSession(session)));
                var cost = MinutesText.of(Duration.between(session.start(), session.end()).toMinutes())
                        + " more session time" + (needsInterpretation ? " with interpretation" : "");
                if (needsInterpretation && budgetSpent) {
                    settings.add("interpretation.maxSessions=" + (budget + 1));
                    cost += ", and one more interpreted session in the budget (" + (budget + 1) + " instead of "
                            + budget + ")";
                }
                candidates.add(new Candidate(Kind.SESSION, settings, "One more session of " + bodyName(meeting,
                        entry.getKey()) + " on " + when(session) + (needsInterpretation ? ", with interpretation"
                                : ", without interpretation"), cost, session.id(), -1));
            }
        }
        int grain = (int) meeting.rulesOrDefault().grainOrDefault().toMinutes();
        int minSegment = (int) meeting.rulesOrDefault().minSegmentOrDefault().toMinutes();
        int group = 1;
        for (var entry : bodies.entrySet()) {
            long missing = entry.getValue().stream().mapToLong(missingByItem::get).sum();
            // The least cut that could do, when the body's sessions in use have time left over; then the whole.
            long left = freeInSessionsInUse(meeting, solved, entry.getKey());
            var cuts = new TreeSet<Long>(List.of(roundUp(Math.max(grain, missing - left), grain),
                    roundUp(missing, grain)));
            var items = meeting.items().stream()
                    .filter(item -> bodiesOf(meeting, item).equals(List.of(entry.getKey())))
                    .filter(item -> !item.isLastSession() && item.duration().toMinutes() - cuts.last() >= minSegment)
                    .sorted(Comparator.comparing(ItemDef::duration).reversed())
                    .limit(SHORTENINGS_PER_BODY)
                    .toList();
            for (var item : items) {
                for (long cut : cuts) {
                    var shorter = item.duration().minusMinutes(cut);
                    candidates.add(new Candidate(Kind.SHORTER_ITEM,
                            List.of("items." + item.id() + ".duration=" + shorter),
                            "Item " + item.number() + " shortened by " + MinutesText.of(cut) + ", from "
                                    + MinutesText.of(item.duration().toMinutes()) + " to "
                                    + MinutesText.of(shorter.toMinutes()),
                            MinutesText.of(cut) + " less for item " + item.number(), null, group));
                }
                group++;
            }
        }
        for (var entry : bodies.entrySet()) {
            meeting.items().stream()
                    .filter(item -> item.priorityOrDefault().equals("low")
                            && bodiesOf(meeting, item).equals(List.of(entry.getKey())))
                    .flatMap(item -> meeting.bodies().stream().filter(other -> !other.id().equals(entry.getKey()))
                            .map(other -> Map.entry(item, other.id())))
                    .limit(MOVES_PER_BODY)
                    .forEach(move -> candidates.add(new Candidate(Kind.ITEM_TO_ANOTHER_BODY,
                            // Free of agenda order, since in its new body it would otherwise follow the report.
                            List.of("items." + move.getKey().id() + ".body=" + move.getValue(),
                                    "items." + move.getKey().id() + ".free=true"),
                            "Item " + move.getKey().number() + ", of low priority, taken up by "
                                    + bodyName(meeting, move.getValue()) + " instead of "
                                    + bodyName(meeting, entry.getKey()) + ", where it fits in",
                            MinutesText.of(move.getKey().duration().toMinutes()) + " of the time of "
                                    + bodyName(meeting, move.getValue()), null, -1)));
        }
        return candidates;
    }

    private static long roundUp(long minutes, int grain) {
        return (minutes + grain - 1) / grain * grain;
    }

    /** Session time the programme leaves unused in the sessions of a body that hold some of its business. */
    private static long freeInSessionsInUse(MeetingFile meeting, MeetingFile solved, String body) {
        var busy = new LinkedHashMap<String, Long>();
        var segments = solved.programme().segments() == null ? List.<Segment> of() : solved.programme().segments();
        for (var segment : segments) {
            busy.merge(segment.session(), Duration.between(segment.start(), segment.end()).toMinutes(), Long::sum);
        }
        return meeting.sessions().stream()
                .filter(session -> session.body().equals(body) && busy.containsKey(session.id()))
                .mapToLong(session -> Duration.between(session.start(), session.end()).toMinutes()
                        - busy.get(session.id()))
                .sum();
    }

    private static List<String> bodiesOf(MeetingFile meeting, ItemDef item) {
        return item.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : item.allowedBodies();
    }

    private static boolean interpreted(SessionDef session) {
        return !session.interpretationOrDefault().equals(LanguageNeed.NONE);
    }

    /** The most interpreted sessions of the meeting that meet at one moment: more than the teams, and teams bind. */
    private static int mostAtOnce(List<SessionDef> sessions) {
        int most = 0;
        for (var session : sessions) {
            int atOnce = (int) sessions.stream().filter(other -> overlap(session, other.date(), other.start(),
                    other.end())).count();
            most = Math.max(most, atOnce);
        }
        return most;
    }

    private static boolean overlap(SessionDef session, LocalDate date, LocalTime start, LocalTime end) {
        return session.date().equals(date) && session.start().isBefore(end) && start.isBefore(session.end());
    }

    /**
     * Sessions a body could add: the half-days of the meeting's grid on the meeting's days where it does not meet,
     * then an evening on each day it meets; never beside an exclusive session of another body, and, when it needs
     * interpretation, never where the teams are all in use by sessions the programme holds.
     */
    private static List<SessionDef> newSessions(MeetingFile meeting, String body, boolean interpreted,
            Set<String> inUse, int teams) {
        var days = new TreeSet<LocalDate>();
        var grid = new TreeSet<Map.Entry<LocalTime, LocalTime>>(Map.Entry.<LocalTime, LocalTime> comparingByKey()
                .thenComparing(Map.Entry.comparingByValue()));
        var bodyDays = new TreeSet<LocalDate>();
        for (var session : meeting.sessions()) {
            days.add(session.date());
            grid.add(Map.entry(session.start(), session.end()));
            if (session.body().equals(body)) {
                bodyDays.add(session.date());
            }
        }
        var found = new ArrayList<SessionDef>();
        for (var day : days) {
            for (var slot : grid) {
                addIfFree(meeting, body, day, slot.getKey(), slot.getValue(), interpreted, inUse, teams, found);
            }
        }
        var lastEnd = grid.stream().map(Map.Entry::getValue).max(Comparator.naturalOrder()).orElseThrow();
        long shortest = grid.stream().mapToLong(slot -> Duration.between(slot.getKey(), slot.getValue()).toMinutes())
                .min().orElseThrow();
        var eveningStart = lastEnd.plus(EVENING_BREAK);
        // An evening that would run past 23:00 (or wrap past midnight) is not one a secretariat adds.
        if (eveningStart.isAfter(lastEnd) && eveningStart.plusMinutes(shortest).isAfter(eveningStart)
                && !eveningStart.plusMinutes(shortest).isAfter(LocalTime.of(23, 0))) {
            for (var day : bodyDays) {
                addIfFree(meeting, body, day, eveningStart, eveningStart.plusMinutes(shortest), interpreted, inUse,
                        teams, found);
            }
        }
        return found.stream().limit(SESSIONS_PER_BODY).toList();
    }

    private static void addIfFree(MeetingFile meeting, String body, LocalDate day, LocalTime start, LocalTime end,
            boolean interpreted, Set<String> inUse, int teams, List<SessionDef> found) {
        boolean taken = meeting.sessions().stream().anyMatch(session -> overlap(session, day, start, end)
                && (session.body().equals(body) || session.isExclusive() || isExclusiveBody(meeting, session.body())))
                || meeting.blocksOrEmpty().stream().anyMatch(block -> block.body().equals(body)
                        && block.date().equals(day) && block.start().isBefore(end) && start.isBefore(block.end()));
        // In a re-plan, a session that would already have begun is no remedy.
        var at = meeting.progress() == null ? null : meeting.progress().at();
        if (taken || at != null && day.atTime(start).isBefore(at)) {
            return;
        }
        long teamsBusy = meeting.sessions().stream()
                .filter(session -> interpreted(session) && inUse.contains(session.id())
                        && overlap(session, day, start, end))
                .count();
        if (interpreted && teamsBusy >= teams) {
            return;
        }
        var id = sessionId(meeting, body, day, start);
        found.add(new SessionDef(id, body, day, start, end, interpreted ? LanguageNeed.ALL : LanguageNeed.NONE, null));
    }

    private static boolean isExclusiveBody(MeetingFile meeting, String body) {
        return meeting.bodies().stream().anyMatch(each -> each.id().equals(body) && each.isExclusive());
    }

    /** As {@code agenda new} names sessions, {@code cow-wed-eve}; with the date where that is taken. */
    private static String sessionId(MeetingFile meeting, String body, LocalDate day, LocalTime start) {
        var weekday = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        var id = body + "-" + weekday + "-" + halfDay(start);
        return meeting.session(id).isEmpty() ? id : body + "-" + day + "-" + halfDay(start);
    }

    private static String halfDay(LocalTime start) {
        return start.isBefore(LocalTime.NOON) ? "am" : start.isBefore(LocalTime.of(17, 0)) ? "pm" : "eve";
    }

    private static String when(SessionDef session) {
        var part = switch (halfDay(session.start())) {
            case "am" -> "morning";
            case "pm" -> "afternoon";
            default -> "evening";
        };
        return dayName(session.date().getDayOfWeek()) + " " + session.date().getDayOfMonth() + " "
                + session.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + part + " ("
                + session.start() + "–" + session.end() + ")";
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String bodyName(MeetingFile meeting, String body) {
        return meeting.bodies().stream().filter(each -> each.id().equals(body)).findFirst()
                .flatMap(each -> each.name() == null ? java.util.Optional.empty() : each.name().first())
                .map(Map.Entry::getValue).orElse(body);
    }
}
