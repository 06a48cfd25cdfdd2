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
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

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
        AS_STARTING_POINT
    }

    private ProblemFactory() {
    }

    public static Planning build(MeetingFile meeting, String fileName, ProgrammeUse programmeUse)
            throws InvalidInputException {
        var firstDay = meeting.sessions().stream().map(SessionDef::date).min(Comparator.naturalOrder()).orElseThrow();
        var clock = new MeetingClock(firstDay);
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

        int grain = (int) meeting.rulesOrDefault().grainOrDefault().toMinutes();
        var bodyPlans = new ArrayList<BodyPlan>();
        var bodyPlansById = new LinkedHashMap<String, BodyPlan>();
        for (var body : meeting.bodies()) {
            var plan = new BodyPlan(body.id(), new Timeline(windowsOf(body.id(), meeting, clock, sessions), grain));
            bodyPlans.add(plan);
            bodyPlansById.put(body.id(), plan);
        }

        var items = new ArrayList<Item>();
        var itemsById = new LinkedHashMap<String, Item>();
        for (int index = 0; index < meeting.items().size(); index++) {
            var item = itemOf(meeting.items().get(index), index, meeting, clock, sessionsById);
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
        return new Planning(meeting, clock, solution, itemsById);
    }

    /** A body's sessions less the blocks that fall in them. */
    private static List<Window> windowsOf(String bodyId, MeetingFile meeting, MeetingClock clock,
            List<Session> sessions) {
        var windows = new ArrayList<Window>();
        for (var session : sessions) {
            if (!session.bodyId().equals(bodyId)) {
                continue;
            }
            var free = new ArrayList<Window>(List.of(new Window(session, session.start(), session.end())));
            for (var block : meeting.blocksOrEmpty()) {
                if (!block.body().equals(bodyId)) {
                    continue;
                }
                int blockStart = clock.minute(block.date(), block.start());
                int blockEnd = clock.minute(block.date(), block.end());
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

    private static Item itemOf(ItemDef definition, int index, MeetingFile meeting, MeetingClock clock,
            Map<String, Session> sessionsById) {
        var bodies = definition.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : definition.allowedBodies();
        var languages = definition.interpretationOrDefault().resolve(meeting.languages());
        var item = new Item(definition.id(), definition.number(), definition.title().first().orElseThrow().getValue(),
                index, (int) definition.duration().toMinutes(), new HashSet<>(bodies), new HashSet<>(languages));
        item.setSplittable(definition.isSplittable());
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
        item.setWindow(definition.notBefore() == null ? null : clock.minute(definition.notBefore()),
                definition.notAfter() == null ? null : clock.minute(definition.notAfter()));
        return item;
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

    private static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(MeetingFile meeting, String fileName)
            throws InvalidInputException {
        var overrides = new LinkedHashMap<String, HardMediumSoftScore>();
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
            if (exactly) {
                item.setDraftStart(clock.minute(session.date(), start.start()));
            } else {
                item.setEarliestSession(session);
            }
            bodyPlansById.get(session.bodyId()).getItems().add(item);
        }
    }
}
