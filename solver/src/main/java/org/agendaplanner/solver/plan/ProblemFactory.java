package org.agendaplanner.solver.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.PriorityWeights;
import org.agendaplanner.model.Problem;
import org.agendaplanner.model.SessionDef;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.Timeline;
import org.agendaplanner.solver.domain.TogetherLink;
import org.agendaplanner.solver.domain.Window;
import org.agendaplanner.solver.rules.Rule;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Builds the solver's view of a validated meeting file. */
public final class ProblemFactory {

    /** How the file's programme, if any, enters the solution. */
    public enum ProgrammeUse {
        /** Ignore it: plan from scratch. */
        IGNORE,
        /** Take it as the planner wrote it, each item exactly at its start, to be scored as it stands. */
        AS_DRAFT,
        /**
         * Take its order and sessions as a starting point the solver may change: each item goes in its body's
         * list in order of start and may not start before the session it starts in.
         */
        AS_STARTING_POINT,
        /**
         * Re-plan from the file's {@code progress}: its programme is the starting point, what was taken up before the
         * re-plan's moment is pinned at the head of each body's list, nothing else may start before that moment,
         * cancelled sessions hold nothing, and the rule Stability measures each item against the programme revised.
         */
        AS_REVISION
    }

    private ProblemFactory() {
    }

    public static Planning build(MeetingFile meeting, String fileName, ProgrammeUse programmeUse)
            throws InvalidInputException {
        var firstDay = meeting.sessions().stream().map(SessionDef::date).min(Comparator.naturalOrder()).orElseThrow();
        var clock = new MeetingClock(firstDay);
        refuseSessionsBeyondTheClock(meeting, clock, fileName);
        var languages = meeting.languages();

        var sessions = new ArrayList<Session>();
        var sessionsById = new LinkedHashMap<String, Session>();
        for (var definition : meeting.sessions()) {
            var session = new Session(definition.id(), definition.body(), definition.date(), clock.day(definition.date()),
                    clock.minute(definition.date(), definition.start()), clock.minute(definition.date(), definition.end()),
                    new HashSet<>(definition.interpretationOrDefault().resolve(languages)));
            session.setExclusive(definition.isExclusive() || meeting.bodies().stream()
                    .anyMatch(body -> body.id().equals(definition.body()) && body.isExclusive()));
            sessions.add(session);
            sessionsById.put(session.id(), session);
        }
        sessions.sort(Comparator.comparingInt(Session::start).thenComparing(Session::id));
        var span = new Span(sessions.stream().mapToInt(Session::start).min().orElseThrow(),
                sessions.stream().mapToInt(Session::end).max().orElseThrow());

        int grain = (int) meeting.rulesOrDefault().grainOrDefault().toMinutes();
        var bodyPlans = new ArrayList<BodyPlan>();
        var bodyPlansById = new LinkedHashMap<String, BodyPlan>();
        for (var body : meeting.bodies()) {
            var plan = new BodyPlan(body.id(), new Timeline(windowsOf(body.id(), meeting, clock, span, sessions,
                    programmeUse == ProgrammeUse.AS_REVISION), grain));
            bodyPlans.add(plan);
            bodyPlansById.put(body.id(), plan);
        }

        var items = new ArrayList<Item>();
        var itemsById = new LinkedHashMap<String, Item>();
        for (int index = 0; index < meeting.items().size(); index++) {
            var item = itemOf(meeting.items().get(index), index, meeting, clock, span, sessionsById);
            item.setMinDuration((int) meeting.items().get(index).minDurationOrDuration().toMinutes(), grain);
            // The search starts from the shortest allowed and lengthens while the business fits (see Item.cut).
            item.setCut(item.mostCut());
            items.add(item);
            itemsById.put(item.id(), item);
        }

        var limits = new MeetingLimits(
                meeting.interpretation() == null ? 1 : meeting.interpretation().teamCount(),
                meeting.interpretation() == null ? null : meeting.interpretation().maxSessions(),
                (int) meeting.rulesOrDefault().minSegmentOrDefault().toMinutes(),
                (int) meeting.rulesOrDefault().draftingTimeOrNone().toMinutes());
        var solution = new AgendaSolution(sessions, orderLinks(meeting), limits, bodyPlans, items,
                weightOverrides(meeting, fileName));
        solution.setTogetherLinks(togetherLinks(meeting));
        if (programmeUse != ProgrammeUse.IGNORE && meeting.programme() != null) {
            placeFromProgramme(meeting, clock, sessionsById, bodyPlansById, itemsById,
                    programmeUse == ProgrammeUse.AS_DRAFT);
        }
        if (programmeUse == ProgrammeUse.AS_REVISION && meeting.progress() != null && meeting.programme() != null) {
            Revision.apply(meeting, clock, sessionsById, bodyPlans, itemsById);
        }
        weighByPriority(items);
        return new Planning(meeting, clock, solution, itemsById);
    }

    /** Each item's cost of a minute left out, from the minutes of each priority (see {@link PriorityWeights}). */
    public static void weighByPriority(List<Item> items) {
        long low = 0;
        long normal = 0;
        for (var item : items) {
            switch (item.priority()) {
                case "low" -> low += item.duration();
                case "normal" -> normal += item.duration();
                default -> { }
            }
        }
        var weights = PriorityWeights.forMinutes(low, normal);
        for (var item : items) {
            item.setLeftOutMinuteWeight(weights.of(item.priority()));
        }
    }

    /**
     * From the start of the first session to the end of the last, on the meeting clock: a moment outside it can only
     * matter by which side it falls on, so moments read from the file are brought within a day of it.
     */
    private record Span(int start, int end) {
    }

    /**
     * Sessions beyond the clock's reach are refused rather than wrapped around into the meeting's own days (a session
     * moved to the year 6200 once came out as 10:44 on another day). The validator bounds dates more tightly still.
     */
    private static void refuseSessionsBeyondTheClock(MeetingFile meeting, MeetingClock clock, String fileName)
            throws InvalidInputException {
        var problems = new ArrayList<Problem>();
        for (int index = 0; index < meeting.sessions().size(); index++) {
            var session = meeting.sessions().get(index);
            long days = clock.days(session.date());
            if (days > MeetingClock.MAX_SPAN_DAYS) {
                problems.add(Problem.at("sessions[" + index + "].date", "Session \"" + session.id() + "\" falls on "
                        + session.date() + ", " + days + " days after the first session of the meeting ("
                        + clock.firstDay() + "); a meeting spans at most " + MeetingClock.MAX_SPAN_DAYS + " days.",
                        "Check the year of the date, or plan the later sessions as a meeting of their own."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(fileName, problems);
        }
    }

    /** A body's sessions less the blocks that fall in them. */
    private static List<Window> windowsOf(String bodyId, MeetingFile meeting, MeetingClock clock, Span span,
            List<Session> sessions, boolean revising) {
        var cancelled = revising && meeting.progress() != null ? meeting.progress().cancelledOrEmpty() : List.of();
        var windows = new ArrayList<Window>();
        for (var session : sessions) {
            if (!session.bodyId().equals(bodyId) || cancelled.contains(session.id())) {
                continue;
            }
            var free = new ArrayList<Window>(List.of(new Window(session, session.start(), session.end())));
            for (var block : meeting.blocksOrEmpty()) {
                if (!block.body().equals(bodyId)) {
                    continue;
                }
                // A block away from every session takes nothing from any; brought within the span, it still does not.
                int blockStart = clock.minuteWithin(block.date(), block.start(), span.start(), span.end());
                int blockEnd = clock.minuteWithin(block.date(), block.end(), span.start(), span.end());
                var remaining = new ArrayList<Window>();
                for (var window : free) {
                    if (blockEnd <= window.start() || blockStart >= window.end()) {
                        remaining.add(window);
                        continue;
                    }
                    if (blockStart > window.start()) {
                        remaining.add(new Window(session, window.start(), blockStart));
                    }
                    if (blockEnd < window.end()) {
                        remaining.add(new Window(session, blockEnd, window.end()));
                    }
                }
                free = remaining;
            }
            windows.addAll(free);
        }
        return windows;
    }

    private static Item itemOf(ItemDef definition, int index, MeetingFile meeting, MeetingClock clock, Span span,
            Map<String, Session> sessionsById) {
        var bodies = definition.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : definition.allowedBodies();
        var languages = definition.interpretationOrDefault().resolve(meeting.languages());
        var item = new Item(definition.id(), definition.number(), definition.title().first().orElseThrow().getValue(),
                index, (int) definition.duration().toMinutes(), new HashSet<>(bodies), new HashSet<>(languages));
        item.setSplittable(definition.isSplittable());
        item.setPriority(definition.priorityOrDefault());
        item.setSessionsOfAllowedBodies(sessionsById.values().stream()
                .filter(session -> bodies.contains(session.bodyId()))
                .sorted(Comparator.comparingInt(Session::start))
                .toList());
        item.setMustBeInLastSession(definition.isLastSession());
        if (definition.preferred() != null) {
            item.setPreferredSessions(new HashSet<>(definition.preferred()));
        }
        item.setFollowsAgendaOrder(meeting.rulesOrDefault().agendaOrder() && !definition.isFree());
        if (definition.fixed() != null) {
            var session = sessionsById.get(definition.fixed().session());
            item.setFixed(session, clock.minute(session.date(), definition.fixed().start()));
        }
        item.setWindow(notBefore(definition, clock, span), notAfter(definition, clock, span));
        return item;
    }

    /**
     * An item starts in a session, so no later than the span's end, and no earlier than its start: a
     * {@code notBefore} at or before the first session constrains nothing and is dropped; one after the last
     * session leaves no place at all, so the item is left out. It is kept exact within the clock's reach (so that a
     * draft placing the item anyway is told by how much it misses), and beyond it at the clock's end, whatever its
     * year.
     */
    private static Integer notBefore(ItemDef definition, MeetingClock clock, Span span) {
        if (definition.notBefore() == null) {
            return null;
        }
        long minutes = clock.minutes(definition.notBefore());
        if (minutes <= span.start()) {
            return null;
        }
        return (int) Math.min(minutes, MeetingClock.MAX_MINUTE + 1L);
    }

    /**
     * An item ends in a session, so by the end of its day: a {@code notAfter} a day or more after the last session
     * constrains nothing and is dropped; one before the first session, which every place breaks, is kept exact
     * within the clock's reach before the first day, and beyond it at that reach.
     */
    private static Integer notAfter(ItemDef definition, MeetingClock clock, Span span) {
        if (definition.notAfter() == null) {
            return null;
        }
        long minutes = clock.minutes(definition.notAfter());
        if (minutes >= (long) span.end() + MeetingClock.MINUTES_PER_DAY) {
            return null;
        }
        return (int) Math.max(minutes, -MeetingClock.MAX_MINUTE - 1L);
    }

    /** The explicit {@code after} links; agenda order among the items of a body is the Order rule's own business. */
    private static List<OrderLink> orderLinks(MeetingFile meeting) {
        var links = new ArrayList<OrderLink>();
        for (var definition : meeting.items()) {
            for (var before : definition.afterOrEmpty()) {
                links.add(new OrderLink(before, definition.id()));
            }
        }
        return links;
    }

    /** Each pair of items to be taken together, once. */
    private static List<TogetherLink> togetherLinks(MeetingFile meeting) {
        var links = new LinkedHashSet<TogetherLink>();
        for (var definition : meeting.items()) {
            if (definition.together() == null) {
                continue;
            }
            for (var other : definition.together()) {
                boolean ordered = definition.id().compareTo(other) < 0;
                links.add(ordered ? new TogetherLink(definition.id(), other) : new TogetherLink(other, definition.id()));
            }
        }
        return List.copyOf(links);
    }

    private static ConstraintWeightOverrides<HardMediumSoftLongScore> weightOverrides(MeetingFile meeting, String fileName)
            throws InvalidInputException {
        var overrides = new LinkedHashMap<String, HardMediumSoftLongScore>();
        var problems = new ArrayList<Problem>();
        for (var entry : meeting.rulesOrDefault().weightsOrEmpty().entrySet()) {
            var rule = Rule.forKey(entry.getKey());
            if (rule.isEmpty()) {
                var keys = Arrays.stream(Rule.values()).map(Rule::key).toList();
                problems.add(Problem.at("rules.weights." + entry.getKey(), "Unknown rule \"" + entry.getKey() + "\".",
                        "Use one of: " + String.join(", ", keys) + "."));
            } else if (entry.getValue() < 0) {
                problems.add(Problem.at("rules.weights." + entry.getKey(), "A weight cannot be negative.",
                        "Use 0 to switch the rule off, or a positive weight."));
            } else {
                overrides.put(rule.get().constraintName(), rule.get().weightOf(entry.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(fileName, problems);
        }
        return ConstraintWeightOverrides.of(overrides);
    }

    /**
     * Puts each item of the file's programme in its session's body, in order of start: exactly at its start for
     * a draft, or not before its session as a starting point.
     */
    private static void placeFromProgramme(MeetingFile meeting, MeetingClock clock, Map<String, Session> sessionsById,
            Map<String, BodyPlan> bodyPlansById, Map<String, Item> itemsById, boolean exactly) {
        var starts = new ArrayList<>(meeting.programme().items());
        starts.sort(Comparator.comparing((org.agendaplanner.model.ItemStart start) -> sessionsById.get(start.session())
                .date()).thenComparing(org.agendaplanner.model.ItemStart::start));
        for (var start : starts) {
            var session = sessionsById.get(start.session());
            var item = itemsById.get(start.item());
            item.setCut(start.duration() == null ? 0
                    : Math.max(0, Math.min(item.mostCut(), item.duration() - (int) start.duration().toMinutes())));
            if (exactly) {
                item.setDraftStart(clock.minute(session.date(), start.start()));
            } else if (item.getSessionsOfAllowedBodies().contains(session)) {
                item.setEarliestSession(session);
            }
            // else a draft put the item in a body that may not take it: it keeps its place in that body's list (the
            // search moves it), but a session outside the item's range of values is not one the solver may hold.
            bodyPlansById.get(session.bodyId()).getItems().add(item);
        }
    }
}
