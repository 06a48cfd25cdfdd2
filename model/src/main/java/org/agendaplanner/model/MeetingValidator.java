package org.agendaplanner.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks what the parser cannot: required fields, unique ids, every reference, times that make sense,
 * cycles in {@code after}. Collects every problem rather than stopping at the first.
 */
final class MeetingValidator {

    private static final Duration LONGEST_ITEM = Duration.ofDays(14);
    /** A cycle through more items is shown by its ends, so that its message stays one readable line. */
    private static final int LONGEST_CYCLE_SHOWN = 10;
    private static final String USE_A_SESSION = "Use a session id from \"sessions\".";
    private static final String USE_AN_ITEM = "Use an item id from \"items\".";
    private static final String DERIVED = "Segments are derived from programme.items: delete them, or run agenda "
            + "solve to write them afresh.";
    private static final String DERIVED_UNSCHEDULED = "The unscheduled items are derived from programme.items: delete "
            + "the list, or run agenda solve to write it afresh.";

    private final MeetingFile meeting;
    private final List<Problem> problems = new ArrayList<>();
    /** The days of the meeting's sessions and blocks; null when none has a date. */
    private MeetingSpan span;

    private MeetingValidator(MeetingFile meeting) {
        this.meeting = meeting;
    }

    static List<Problem> validate(MeetingFile meeting) {
        var validator = new MeetingValidator(meeting);
        validator.check();
        return ProblemPlaces.named(validator.problems, meeting);
    }

    private void problem(String path, String message, String fix) {
        problems.add(Problem.at(path, message, fix));
    }

    private void check() {
        if (tooBig()) {
            return;
        }
        if (!MeetingFile.FORMAT.equals(meeting.format())) {
            problem("format", "The format is " + (meeting.format() == null ? "missing" : "\"" + meeting.format() + "\"")
                    + "; this version reads \"" + MeetingFile.FORMAT + "\".", "Add \"format\": \"agenda-planner/1\".");
        }
        checkMeeting();
        var bodyIds = checkBodies();
        checkInterpretation();
        var sessionsById = checkSessions(bodyIds);
        checkBlocks(bodyIds);
        span = checkSpan();
        var itemIds = checkItems(bodyIds, sessionsById);
        checkRules();
        checkProgramme(itemIds, sessionsById);
        checkProgress(itemIds, sessionsById);
    }

    private boolean tooBig() {
        int items = meeting.items() == null ? 0 : meeting.items().size();
        int sessions = meeting.sessions() == null ? 0 : meeting.sessions().size();
        if (items > ReadingLimits.MAX_ITEMS) {
            problem("items", "The agenda has " + items + " items; at most " + ReadingLimits.MAX_ITEMS + " can be planned at once.",
                    "Split the meeting into several files, e.g. one per body or per week.");
        }
        if (sessions > ReadingLimits.MAX_SESSIONS) {
            problem("sessions", "There are " + sessions + " sessions; at most " + ReadingLimits.MAX_SESSIONS
                    + " can be planned at once.", "Split the meeting into several files, e.g. one per body or per week.");
        }
        return !problems.isEmpty();
    }

    private void checkMeeting() {
        if (meeting.meeting() == null) {
            problem("meeting", "The meeting is missing.", "Add \"meeting\": {\"id\": ..., \"title\": {\"en\": ...}}.");
        } else {
            requireText(meeting.meeting().id(), "meeting.id", "the document symbol, e.g. \"CTOC/COP/WG.6/2020\"");
            if (meeting.meeting().title() == null || meeting.meeting().title().byLanguage().isEmpty()) {
                problem("meeting.title", "The meeting has no title.", "Add \"title\": {\"en\": ...}.");
            }
            checkTexts(meeting.meeting().title(), "meeting.title");
            checkTexts(meeting.meeting().venue(), "meeting.venue");
        }
    }

    /** Each language of a text says something: a null or blank translation would print as nothing, or as "null". */
    private void checkTexts(LocalizedText text, String path) {
        if (text == null || text.byLanguage() == null) {
            return;
        }
        text.byLanguage().forEach((language, value) -> {
            if (value == null || value.isBlank()) {
                problem(path + "." + language, "The text in \"" + language + "\" is missing or empty.",
                        "Write the text, or remove \"" + language + "\" to fall back on another language.");
            }
        });
    }

    private Set<String> checkBodies() {
        if (meeting.bodies() == null || meeting.bodies().isEmpty()) {
            problem("bodies", "No bodies are given.", "Add at least {\"id\": \"plenary\", \"name\": {\"en\": \"Plenary\"}}.");
            return Set.of();
        }
        var ids = uniqueIds(meeting.bodies(), Body::id, "bodies");
        for (int i = 0; i < meeting.bodies().size(); i++) {
            checkTexts(meeting.bodies().get(i).name(), "bodies[" + i + "].name");
        }
        return ids;
    }

    /** The body an item names none goes to, or null when the first body has no id (reported already). */
    private String defaultBody() {
        var bodies = meeting.bodies();
        return bodies == null || bodies.isEmpty() ? null : bodies.get(0).id();
    }

    /** The bodies that may take an item, never with a null in it; empty when unknown. */
    private List<String> allowedBodies(ItemDef item) {
        var named = item.bodies() != null && !item.bodies().isEmpty() ? item.bodies()
                : item.body() == null ? List.<String> of() : List.of(item.body());
        if (named.isEmpty()) {
            return defaultBody() == null ? List.of() : List.of(defaultBody());
        }
        return named.stream().filter(body -> body != null).toList();
    }

    private void checkInterpretation() {
        var interpretation = meeting.interpretation();
        if (interpretation == null) {
            return;
        }
        if (interpretation.languages() != null) {
            for (int i = 0; i < interpretation.languages().size(); i++) {
                checkLanguage(interpretation.languages().get(i), "interpretation.languages[" + i + "]");
            }
        }
        if (interpretation.teams() != null && interpretation.teams() < 1) {
            problem("interpretation.teams", "There must be at least one interpretation team, not "
                    + interpretation.teams() + ".", "Set teams to 1 or more, or leave it out (1).");
        }
        if (interpretation.maxSessions() != null && interpretation.maxSessions() < 0) {
            problem("interpretation.maxSessions", "The budget of interpreted sessions cannot be negative.",
                    "Set maxSessions to 0 or more, or leave it out (no budget).");
        }
    }

    private void checkLanguage(String code, String path) {
        if (code == null) {
            problem(path, "The language is missing.", "Use one of the six official languages: " + Languages.LISTED + ".");
        } else if (!Languages.isOfficial(code)) {
            problem(path, "Unknown language \"" + code + "\".",
                    "Use one of the six official languages: " + Languages.LISTED + ".");
        }
    }

    private void checkLanguageNeed(LanguageNeed need, String path) {
        if (need == null || need.languages() == null) {
            return;
        }
        for (int i = 0; i < need.languages().size(); i++) {
            checkLanguage(need.languages().get(i), path + "[" + i + "]");
        }
    }

    private Map<String, SessionDef> checkSessions(Set<String> bodyIds) {
        if (meeting.sessions() == null || meeting.sessions().isEmpty()) {
            problem("sessions", "No sessions are given.",
                    "Add sessions such as {\"id\": \"tue-am\", \"body\": \"plenary\", \"date\": \"2020-03-17\", "
                            + "\"start\": \"10:00\", \"end\": \"13:00\"}.");
            return Map.of();
        }
        uniqueIds(meeting.sessions(), SessionDef::id, "sessions");
        var byId = new LinkedHashMap<String, SessionDef>();
        for (int i = 0; i < meeting.sessions().size(); i++) {
            var session = meeting.sessions().get(i);
            var path = "sessions[" + i + "]";
            if (session.id() != null) {
                byId.putIfAbsent(session.id(), session);
            }
            checkBodyReference(session.body(), path + ".body", bodyIds, true);
            checkTimes(session.date(), session.start(), session.end(), path, "session");
            checkLanguageNeed(session.interpretation(), path + ".interpretation");
        }
        checkNoOverlapWithinBody();
        return byId;
    }

    private void checkNoOverlapWithinBody() {
        var sessions = meeting.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                var a = sessions.get(i);
                var b = sessions.get(j);
                if (a.date() == null || b.date() == null || a.start() == null || b.start() == null || a.end() == null
                        || b.end() == null || a.body() == null || !a.body().equals(b.body())
                        || !a.date().equals(b.date())) {
                    continue;
                }
                if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    problem("sessions[" + j + "]", "Session \"" + b.id() + "\" overlaps session \"" + a.id()
                                    + "\" of the same body on " + a.date() + ".",
                            "A body meets in one room at a time: move or shorten one of them.");
                }
            }
        }
    }

    private void checkTimes(LocalDate date, LocalTime start, LocalTime end, String path,
            String what) {
        if (date == null) {
            problem(path + ".date", "The " + what + " has no date.", "Add \"date\": \"yyyy-mm-dd\".");
        }
        if (start == null) {
            problem(path + ".start", "The " + what + " has no start time.", "Add \"start\": \"HH:mm\".");
        }
        if (end == null) {
            problem(path + ".end", "The " + what + " has no end time.", "Add \"end\": \"HH:mm\".");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problem(path + ".end", "The " + what + " ends (" + end + ") before it starts (" + start + ").",
                    "Make the end later than the start; a " + what + " cannot run past midnight.");
        }
    }

    private void checkBlocks(Set<String> bodyIds) {
        var blocks = meeting.blocksOrEmpty();
        uniqueIds(blocks, BlockDef::id, "blocks");
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            checkBodyReference(block.body(), "blocks[" + i + "].body", bodyIds, true);
            checkTimes(block.date(), block.start(), block.end(), "blocks[" + i + "]", "block");
            checkTexts(block.label(), "blocks[" + i + "].label");
        }
    }

    /** Sessions and blocks lie within {@link MeetingSpan#MAX_DAYS} days; the ones outside are named. */
    private MeetingSpan checkSpan() {
        var sessions = meeting.sessions() == null ? List.<SessionDef> of() : meeting.sessions();
        var blocks = meeting.blocksOrEmpty();
        var dates = new ArrayList<LocalDate>();
        sessions.stream().map(SessionDef::date).filter(date -> date != null).forEach(dates::add);
        blocks.stream().map(BlockDef::date).filter(date -> date != null).forEach(dates::add);
        var found = MeetingSpan.holdingMost(dates);
        if (found == null) {
            return null;
        }
        for (int i = 0; i < sessions.size(); i++) {
            checkWithinSpan(sessions.get(i).date(), "sessions[" + i + "].date", "session", found);
        }
        for (int i = 0; i < blocks.size(); i++) {
            checkWithinSpan(blocks.get(i).date(), "blocks[" + i + "].date", "block", found);
        }
        return found;
    }

    private void checkWithinSpan(LocalDate date, String path, String what, MeetingSpan found) {
        if (date != null && !found.holds(date)) {
            problem(path, "The " + what + " falls on " + date + ", outside the " + MeetingSpan.MAX_DAYS
                            + " days that hold the meeting's other sessions and blocks (" + found + ").",
                    "Check the year. One file plans at most " + MeetingSpan.MAX_DAYS
                            + " days; put a longer series of meetings in several files.");
        }
    }

    private void checkBodyReference(String body, String path, Set<String> bodyIds, boolean required) {
        if (bodyIds.isEmpty()) {
            return; // "No bodies are given" says it already
        }
        if (body == null) {
            if (required) {
                problem(path, "No body is given.", "Name one of the bodies: " + String.join(", ", bodyIds) + ".");
            }
        } else if (!bodyIds.contains(body)) {
            problem(path, "Unknown body " + Problem.quoted(body) + ".", NameGuess.didYouMean(body, List.copyOf(bodyIds))
                    + "Use one of: " + String.join(", ", bodyIds) + ".");
        }
    }

    private Set<String> checkItems(Set<String> bodyIds, Map<String, SessionDef> sessionsById) {
        if (meeting.items() == null || meeting.items().isEmpty()) {
            problem("items", "The agenda is empty.", "Add at least one item with id, number, title and duration.");
            return Set.of();
        }
        var itemIds = uniqueIds(meeting.items(), ItemDef::id, "items");
        for (int i = 0; i < meeting.items().size(); i++) {
            checkItem(meeting.items().get(i), "items[" + i + "]", bodyIds, itemIds, sessionsById);
        }
        checkAfterCycles();
        checkAfterAgainstAgendaOrder();
        checkNumbersUniquePerBody();
        checkFixedInLastSession(sessionsById);
        checkItemsFitTheirBody();
        checkPriorityWeightsExact();
        return itemIds;
    }

    private void checkItem(ItemDef item, String path, Set<String> bodyIds, Set<String> itemIds,
            Map<String, SessionDef> sessionsById) {
        requireText(item.number(), path + ".number", "the agenda number, e.g. \"1 (a)\"");
        if (item.title() == null || item.title().byLanguage() == null || item.title().byLanguage().isEmpty()) {
            problem(path + ".title", "The item has no title.", "Add \"title\": {\"en\": ...}.");
        }
        checkTexts(item.title(), path + ".title");
        if (item.duration() == null) {
            problem(path + ".duration", "The item has no time estimate.", "Add \"duration\", e.g. \"PT45M\".");
        } else if (item.duration().isNegative() || item.duration().isZero()) {
            problem(path + ".duration", "The time estimate must be positive, not " + item.duration() + ".",
                    "Give the time the item needs, e.g. \"PT45M\".");
        } else if (item.duration().compareTo(LONGEST_ITEM) > 0) {
            problem(path + ".duration", "A time estimate of " + item.duration() + " is longer than any meeting.",
                    "Check the unit: \"PT2H\" is two hours, \"P2D\" two whole days.");
        } else if (item.duration().toSeconds() % 60 != 0) {
            problem(path + ".duration", "Time estimates are in whole minutes, not " + item.duration() + ".",
                    "Round it to minutes, e.g. \"PT45M\".");
        }
        if (item.body() != null && item.bodies() != null) {
            problem(path, "Both \"body\" and \"bodies\" are given.", "Keep one: \"body\" for one, \"bodies\" for a choice.");
        }
        checkBodyReference(item.body(), path + ".body", bodyIds, false);
        if (item.bodies() != null) {
            for (int b = 0; b < item.bodies().size(); b++) {
                checkBodyReference(item.bodies().get(b), path + ".bodies[" + b + "]", bodyIds, true);
            }
        }
        checkLanguageNeed(item.interpretation(), path + ".interpretation");
        checkItemReferences(item.after(), path + ".after", itemIds, item.id());
        checkItemReferences(item.together(), path + ".together", itemIds, item.id());
        if (item.preferred() != null) {
            for (int p = 0; p < item.preferred().size(); p++) {
                if (item.preferred().get(p) == null) {
                    problem(path + ".preferred[" + p + "]", "The session id is missing.",
                            "Name a session id from \"sessions\", or remove the entry.");
                } else if (!sessionsById.containsKey(item.preferred().get(p))) {
                    unknownSession(path + ".preferred[" + p + "]", item.preferred().get(p), sessionsById, USE_A_SESSION);
                }
            }
        }
        checkWithinSpan(item.notBefore(), path + ".notBefore");
        checkWithinSpan(item.notAfter(), path + ".notAfter");
        if (item.notBefore() != null && item.notAfter() != null && !item.notAfter().isAfter(item.notBefore())) {
            problem(path + ".notAfter", "notAfter (" + item.notAfter() + ") is not later than notBefore ("
                    + item.notBefore() + ").", "Widen the window or remove one of its ends.");
        }
        if (item.fixed() != null) {
            checkFixed(item, path + ".fixed", sessionsById);
        }
        if (item.priority() != null && !ItemDef.PRIORITIES.contains(item.priority())) {
            problem(path + ".priority", "Unknown priority \"" + item.priority() + "\".", "Use \"required\" (never "
                    + "left out while anything else can give way), \"normal\" (the default) or \"low\" (left out first).");
        }
        checkMinDuration(item, path);
    }

    /** A planned time the item allows: from its minDuration to its estimate. */
    private void checkPlannedDuration(ItemStart start, String path) {
        if (start.duration() == null || start.item() == null) {
            return;
        }
        var item = meeting.items().stream().filter(candidate -> start.item().equals(candidate.id())).findFirst();
        if (item.isEmpty() || item.get().duration() == null) {
            return;
        }
        var planned = start.duration();
        var least = item.get().minDurationOrDuration();
        if (planned.toSeconds() % 60 != 0 || planned.compareTo(least) < 0 || planned.compareTo(item.get().duration()) > 0) {
            problem(path + ".duration", ItemNames.of(item.get()) + " is planned for "
                    + MinutesText.of(planned.toMinutes()) + ", but may take from "
                    + MinutesText.of(least.toMinutes()) + " to " + MinutesText.of(item.get().duration().toMinutes())
                    + ".", "Plan it within its minDuration and duration, in whole minutes, or leave the duration out "
                    + "(its whole estimate).");
        }
    }

    /** A shortest time that is a time, in whole minutes, and no longer than the estimate it shortens. */
    private void checkMinDuration(ItemDef item, String path) {
        var shortest = item.minDuration();
        if (shortest == null) {
            return;
        }
        if (shortest.isNegative() || shortest.isZero()) {
            problem(path + ".minDuration", "The shortest time must be positive, not " + shortest + ".",
                    "Give the least time the item can be given, e.g. \"PT30M\", or leave minDuration out.");
        } else if (shortest.toSeconds() % 60 != 0) {
            problem(path + ".minDuration", "Times are in whole minutes, not " + shortest + ".",
                    "Round it to minutes, e.g. \"PT30M\".");
        } else if (item.duration() != null && shortest.compareTo(item.duration()) > 0) {
            problem(path + ".minDuration", "The shortest time (" + MinutesText.of(shortest.toMinutes())
                    + ") is longer than the estimate (" + MinutesText.of(item.duration().toMinutes()) + ").",
                    "Make minDuration at most the duration: the item may be shortened from its duration down to it.");
        }
    }

    private void checkPriorityWeightsExact() {
        long[] minutes = new long[3];
        for (var item : meeting.items()) {
            if (item.duration() == null || item.duration().compareTo(LONGEST_ITEM) > 0
                    || !ItemDef.PRIORITIES.contains(item.priorityOrDefault())) {
                return;
            }
            minutes[ItemDef.PRIORITIES.indexOf(item.priorityOrDefault())] += item.duration().toMinutes();
        }
        if (!PriorityWeights.exact(minutes[2], minutes[1], minutes[0])) {
            problem("items", "The agenda's business (" + MinutesText.of(minutes[0] + minutes[1] + minutes[2])
                    + " in required, normal and low items) is too large to weigh its priorities exactly.",
                    "Split the meeting into several files, e.g. one per body or per week.");
        }
    }

    /** An item fixed in a session that is not the last one of its body cannot lie wholly in that last session. */
    private void checkFixedInLastSession(Map<String, SessionDef> sessionsById) {
        var lastOfBody = new HashMap<String, SessionDef>();
        for (var session : sessionsById.values()) {
            if (session.body() == null || session.date() == null || session.start() == null) {
                continue;
            }
            lastOfBody.merge(session.body(), session, (one, other) -> startOf(one).isAfter(startOf(other)) ? one : other);
        }
        for (int i = 0; i < meeting.items().size(); i++) {
            var item = meeting.items().get(i);
            if (!item.isLastSession() || item.fixed() == null || item.fixed().session() == null) {
                continue;
            }
            var fixedIn = sessionsById.get(item.fixed().session());
            var last = fixedIn == null ? null : lastOfBody.get(fixedIn.body());
            if (last != null && last != fixedIn) {
                problem("items[" + i + "].fixed.session", ItemNames.of(item) + " must be in the last session of body \""
                        + fixedIn.body() + "\" (lastSession), but is fixed in session \"" + fixedIn.id()
                        + "\"; the last one is \"" + last.id() + "\".", "Fix it in session \"" + last.id()
                        + "\", or drop lastSession or the fixed start.");
            }
        }
    }

    private static LocalDateTime startOf(SessionDef session) {
        return session.date().atTime(session.start());
    }

    /**
     * Two items of one body with the same agenda number: the programme could not tell them apart, and neither could
     * the meeting.
     */
    private void checkNumbersUniquePerBody() {
        var firstWithNumber = new HashMap<String, Integer>();
        for (int i = 0; i < meeting.items().size(); i++) {
            var item = meeting.items().get(i);
            if (item.number() == null || item.number().isBlank()) {
                continue;
            }
            for (var body : allowedBodies(item)) {
                var first = firstWithNumber.putIfAbsent(body + "\u0000" + item.number().strip(), i);
                if (first != null) {
                    var earlier = meeting.items().get(first);
                    problem("items[" + i + "].number", "Item \"" + item.id() + "\" has the number " + item.number()
                            + ", as item \"" + earlier.id() + "\" (items[" + first + "]) has, both in body \"" + body
                            + "\".", "Give each its own number, e.g. " + item.number() + " (a) and " + item.number()
                            + " (b).");
                    break;
                }
            }
        }
    }

    /**
     * An {@code after} link that agenda order contradicts: within one body, items not marked free keep agenda order,
     * so an item that must come after one later on the agenda (directly, or through other links) can be placed
     * nowhere. Only items that one body alone may take are sure to meet in the same list.
     */
    private void checkAfterAgainstAgendaOrder() {
        if (!meeting.rulesOrDefault().agendaOrder()) {
            return;
        }
        var links = new HashMap<String, List<String>>();
        var lastInOrderOfBody = new HashMap<String, String>();
        boolean anyExplicit = false;
        for (var item : meeting.items()) {
            if (item.id() == null || links.containsKey(item.id())) {
                continue;
            }
            var edges = new ArrayList<String>(item.afterOrEmpty().stream().filter(Objects::nonNull).toList());
            anyExplicit |= !edges.isEmpty();
            var bodies = allowedBodies(item);
            if (!item.isFree() && bodies.size() == 1) {
                var previous = lastInOrderOfBody.put(bodies.get(0), item.id());
                if (previous != null) {
                    edges.add(previous);
                }
            }
            links.put(item.id(), edges);
        }
        // A cycle of explicit links alone is reported on its own (checkAfterCycles).
        if (!anyExplicit || problems.stream().anyMatch(problem -> problem.message().startsWith("The \"after\" links form"))) {
            return;
        }
        var cycle = AfterCycles.first(links);
        if (cycle == null) {
            return;
        }
        var byId = meeting.items().stream().filter(item -> item.id() != null)
                .collect(Collectors.toMap(ItemDef::id, Function.identity(), (one, other) -> one));
        var steps = new ArrayList<String>();
        String path = "items";
        for (int index = 0; index + 1 < cycle.size() && steps.size() < LONGEST_CYCLE_SHOWN; index++) {
            var later = byId.get(cycle.get(index));
            var earlier = byId.get(cycle.get(index + 1));
            boolean explicit = later.afterOrEmpty().contains(earlier.id());
            if (explicit && path.equals("items")) {
                path = "items[" + meeting.items().indexOf(later) + "].after";
            }
            steps.add(ItemNames.of(later).replaceFirst("^Item", index == 0 ? "Item" : "item") + " after "
                    + ItemNames.of(earlier).replaceFirst("^Item", "item") + (explicit ? " (\"after\")"
                            : " (agenda order in body \"" + allowedBodies(later).get(0) + "\")"));
        }
        problem(path, "The \"after\" links and agenda order form a loop: " + String.join(", ", steps)
                        + (cycle.size() - 1 > steps.size() ? ", …" : "") + "; no programme keeps them all.",
                "Remove the \"after\" link to an item later on the agenda, mark one of the items \"free\", or move "
                        + "it in the agenda.");
    }


    /**
     * An item that only one body may take cannot need more time than that body's sessions hold together; the
     * solver would only leave it out, so say so here, where the estimate can still be fixed.
     */
    private void checkItemsFitTheirBody() {
        if (meeting.bodies() == null || meeting.bodies().isEmpty() || meeting.sessions() == null) {
            return;
        }
        var minutesByBody = new HashMap<String, Long>();
        for (var session : meeting.sessions()) {
            if (session.body() != null && session.start() != null && session.end() != null
                    && session.end().isAfter(session.start())) {
                minutesByBody.merge(session.body(), Duration.between(session.start(), session.end()).toMinutes(),
                        Long::sum);
            }
        }
        for (int i = 0; i < meeting.items().size(); i++) {
            var item = meeting.items().get(i);
            var allowed = allowedBodies(item);
            if (item.duration() == null || item.duration().compareTo(LONGEST_ITEM) > 0 || allowed.size() != 1
                    || !minutesByBody.containsKey(allowed.get(0))) {
                continue;
            }
            long available = minutesByBody.get(allowed.get(0));
            if (item.duration().toMinutes() > available) {
                problem("items[" + i + "].duration", "Item \"" + item.id() + "\" needs " + MinutesText.of(
                                item.duration().toMinutes()) + ", but body \"" + allowed.get(0) + "\" meets for only "
                                + MinutesText.of(available) + " in all its sessions together.",
                        "Shorten the estimate, add sessions of \"" + allowed.get(0)
                                + "\", or let another body take the item (\"bodies\").");
            }
        }
    }

    private void checkWithinSpan(LocalDateTime time, String path) {
        if (time != null && span != null && !span.holds(time)) {
            var field = path.substring(path.lastIndexOf('.') + 1);
            problem(path, field + " (" + time + ") is outside the meeting's days (" + span + ").",
                    "Give a time within them (up to midnight after the last), or leave " + field + " out.");
        }
    }

    private void checkFixed(ItemDef item, String path, Map<String, SessionDef> sessionsById) {
        var fixed = item.fixed();
        var session = fixed.session() == null ? null : sessionsById.get(fixed.session());
        if (session == null) {
            if (fixed.session() == null) {
                problem(path + ".session", "The fixed start names no session.", USE_A_SESSION);
            } else {
                unknownSession(path + ".session", fixed.session(), sessionsById, USE_A_SESSION);
            }
            return;
        }
        if (fixed.start() == null) {
            problem(path + ".start", "The fixed start has no time.", "Add \"start\": \"HH:mm\".");
        } else {
            checkStart(session, fixed.start(), path + ".start", "fixed start");
        }
        var allowed = allowedBodies(item);
        if (session.body() != null && !allowed.isEmpty() && !allowed.contains(session.body())) {
            problem(path + ".session", "Session \"" + session.id() + "\" belongs to body \"" + session.body()
                    + "\", which may not take this item.", "Fix it in a session of " + String.join(" or ", allowed) + ".");
        }
    }

    private void checkItemReferences(List<String> references, String path, Set<String> itemIds, String self) {
        if (references == null) {
            return;
        }
        for (int r = 0; r < references.size(); r++) {
            var reference = references.get(r);
            if (reference == null || reference.isBlank()) {
                problem(path + "[" + r + "]", "The item id is missing.", "Name an item id from \"items\", or remove the entry.");
            } else if (reference.equals(self)) {
                problem(path + "[" + r + "]", "The item refers to itself.", "Remove \"" + reference + "\".");
            } else if (!itemIds.contains(reference)) {
                unknownItem(path + "[" + r + "]", reference, itemIds, USE_AN_ITEM);
            }
        }
    }

    /** A cycle in the explicit {@code after} links, reported with the items on it. */
    private void checkAfterCycles() {
        var links = new HashMap<String, List<String>>();
        for (var item : meeting.items()) {
            if (item.id() != null) {
                links.putIfAbsent(item.id(), item.afterOrEmpty().stream().filter(id -> id != null).toList());
            }
        }
        var cycle = AfterCycles.first(links);
        if (cycle != null) {
            problem("items", "The \"after\" links form a cycle" + (cycle.size() > LONGEST_CYCLE_SHOWN
                            ? " of " + (cycle.size() - 1) + " items: " + String.join(" after ", cycle.subList(0, 4))
                                    + " after … after " + String.join(" after ", cycle.subList(cycle.size() - 2,
                                    cycle.size()))
                            : ": " + String.join(" after ", cycle)) + ".",
                    "Remove one of these links; no item can come after itself.");
        }
    }

    private void checkRules() {
        var rules = meeting.rules();
        if (rules == null) {
            return;
        }
        if (rules.order() != null && !rules.order().equals("agenda") && !rules.order().equals("free")) {
            problem("rules.order", "Unknown order \"" + rules.order() + "\".", "Use \"agenda\" or \"free\".");
        }
        if (rules.draftingTime() != null && rules.draftingTime().isNegative()) {
            problem("rules.draftingTime", "The drafting time cannot be negative.",
                    "Use e.g. \"PT3H\" for half a day, or leave it out.");
        }
        if (rules.minSegment() != null && rules.minSegment().isNegative()) {
            problem("rules.minSegment", "The shortest segment cannot be negative.", "Use e.g. \"PT30M\".");
        }
        if (rules.weights() != null) {
            rules.weights().forEach((key, weight) -> {
                if (weight == null) {
                    problem("rules.weights." + key, "The weight is missing (null).",
                            "Give a whole number, e.g. 60, or remove \"" + key + "\" to keep the rule's default.");
                } else if (weight > Rules.MAX_WEIGHT) {
                    problem("rules.weights." + key, "The weight " + weight + " is above the largest, "
                                    + Rules.MAX_WEIGHT + ".", "Use a weight from 0 to " + Rules.MAX_WEIGHT
                                    + "; weights only compare rules, so to make this rule count more, lower the others.");
                }
            });
        }
        if (rules.grain() != null && (rules.grain().toMinutes() < 1 || 60 % rules.grain().toMinutes() != 0)) {
            problem("rules.grain", "The grain must be a whole number of minutes that divides an hour, not "
                    + rules.grain() + ".", "Use \"PT5M\", \"PT10M\" or \"PT15M\".");
        }
    }

    /**
     * A start the solver can keep as it stands: within its session, not in a block, and on the grain counted from
     * where its stretch of session time begins (the session's start, or the end of a block within it), as the
     * solver counts it.
     */
    private void checkStart(SessionDef session, LocalTime start, String path, String what) {
        if (session.start() == null || session.end() == null || !session.end().isAfter(session.start())) {
            return; // the session's own times are reported
        }
        if (start.isBefore(session.start()) || !start.isBefore(session.end())) {
            problem(path, "The " + what + " " + start + " is outside session \"" + session.id() + "\" ("
                    + session.start() + "–" + session.end() + ").", "Choose a time within the session.");
            return;
        }
        var stretchStart = session.start();
        for (var block : meeting.blocksOrEmpty()) {
            if (block.start() == null || block.end() == null || block.body() == null
                    || !block.body().equals(session.body()) || !Objects.equals(block.date(), session.date())) {
                continue;
            }
            if (!start.isBefore(block.start()) && start.isBefore(block.end())) {
                problem(path, "The " + what + " " + start + " falls in block \"" + block.id() + "\" (" + block.start()
                        + "–" + block.end() + "), which holds no items.", "Start the item before or after the block.");
                return;
            }
            if (block.end().isAfter(stretchStart) && !block.end().isAfter(start)) {
                stretchStart = block.end();
            }
        }
        int grain = grainMinutes();
        long offset = Duration.between(stretchStart, start).toMinutes();
        if (grain > 1 && offset % grain != 0) {
            var earlier = start.minusMinutes(offset % grain);
            problem(path, "The " + what + " " + start + " is not on the " + grain + "-minute grain of start times (counted "
                            + "from " + stretchStart + " in session \"" + session.id() + "\").",
                    "Start at " + earlier + " or " + earlier.plusMinutes(grain) + ", or set a finer rules.grain.");
        }
    }

    /** The grain of start times in minutes; 0 when the file's grain is invalid (reported on its own). */
    private int grainMinutes() {
        var grain = meeting.rulesOrDefault().grainOrDefault();
        long minutes = grain.toMinutes();
        return minutes >= 1 && 60 % minutes == 0 && grain.toSeconds() % 60 == 0 ? (int) minutes : 0;
    }

    private void checkProgramme(Set<String> itemIds, Map<String, SessionDef> sessionsById) {
        var programme = meeting.programme();
        if (programme == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < programme.items().size(); i++) {
            var start = programme.items().get(i);
            var path = "programme.items[" + i + "]";
            if (start.item() == null) {
                problem(path + ".item", "The item is missing.", "Add \"item\": the id of the item placed.");
            } else if (!itemIds.contains(start.item())) {
                unknownItem(path + ".item", start.item(), itemIds, USE_AN_ITEM);
            } else if (!seen.add(start.item())) {
                problem(path + ".item", "Item \"" + start.item() + "\" is placed twice.", "Keep one start per item.");
            }
            var session = start.session() == null ? null : sessionsById.get(start.session());
            if (start.session() == null) {
                problem(path + ".session", "The session is missing.", "Add \"session\": the id of the session.");
            } else if (session == null) {
                unknownSession(path + ".session", start.session(), sessionsById, USE_A_SESSION);
            }
            if (start.start() == null) {
                problem(path + ".start", "The start time is missing.", "Add \"start\": \"HH:mm\".");
            } else if (session != null) {
                checkStart(session, start.start(), path + ".start", "start");
            }
            checkPlannedDuration(start, path);
        }
        checkSegments(programme, itemIds, sessionsById);
        if (programme.unscheduled() != null) {
            for (int i = 0; i < programme.unscheduled().size(); i++) {
                var item = programme.unscheduled().get(i);
                if (item == null || !itemIds.contains(item)) {
                    problem("programme.unscheduled[" + i + "]", item == null ? "The item is missing."
                            : "Unknown item " + Problem.quoted(item) + ".", DERIVED_UNSCHEDULED);
                }
            }
        }
    }

    /**
     * Segments are derived from the item starts, for people and other tools, and never read back; one that could
     * not have been derived shows a hand edit that the starts do not carry, so it is reported rather than shown.
     */
    private void checkSegments(Programme programme, Set<String> itemIds, Map<String, SessionDef> sessionsById) {
        if (programme.segments() == null) {
            return;
        }
        for (int i = 0; i < programme.segments().size(); i++) {
            var segment = programme.segments().get(i);
            var path = "programme.segments[" + i + "]";
            if (segment.item() == null) {
                problem(path + ".item", "The item is missing.", DERIVED);
            } else if (!itemIds.contains(segment.item())) {
                unknownItem(path + ".item", segment.item(), itemIds, DERIVED);
            }
            var session = segment.session() == null ? null : sessionsById.get(segment.session());
            if (segment.session() == null) {
                problem(path + ".session", "The session is missing.", DERIVED);
            } else if (session == null) {
                unknownSession(path + ".session", segment.session(), sessionsById, DERIVED);
            }
            if (segment.start() == null || segment.end() == null) {
                problem(path + (segment.start() == null ? ".start" : ".end"), "The segment's "
                        + (segment.start() == null ? "start" : "end") + " is missing.", DERIVED);
            } else if (!segment.end().isAfter(segment.start())) {
                problem(path + ".end", "The segment ends (" + segment.end() + ") before it starts (" + segment.start()
                        + ").", DERIVED);
            } else if (session != null && session.start() != null && session.end() != null
                    && (segment.start().isBefore(session.start()) || segment.end().isAfter(session.end()))) {
                problem(path, "The segment " + segment.start() + "–" + segment.end() + " is outside session \""
                        + session.id() + "\" (" + session.start() + "–" + session.end() + ").", DERIVED);
            }
        }
    }

    /**
     * The progress of a meeting being re-planned: it revises a programme, names known items and sessions, and says
     * nothing that contradicts the moment of the re-plan (an item done after it, a session cancelled that had begun,
     * an item taken up that the programme had not yet reached).
     */
    private void checkProgress(Set<String> itemIds, Map<String, SessionDef> sessionsById) {
        var progress = meeting.progress();
        if (progress == null) {
            return;
        }
        if (meeting.programme() == null) {
            problem("progress", "The file has progress to re-plan from, but no programme to revise.",
                    "Solve the file first (agenda solve), then re-plan the solved file.");
        }
        var at = progress.at();
        if (at == null) {
            problem("progress.at", "The moment of the re-plan is missing.",
                    "Add \"at\": \"yyyy-mm-ddTHH:mm\", the moment from which the rest of the meeting is re-planned.");
        } else if (span != null && !span.holds(at.toLocalDate())) {
            problem("progress.at", "The re-plan moment " + at + " lies outside the meeting (" + span + ").",
                    "Check the date: re-plan at a moment during the meeting.");
        }
        if (at != null && progress.announcedThrough() != null && progress.announcedThrough().isBefore(at.toLocalDate())) {
            problem("progress.announcedThrough", "The items announced through " + progress.announcedThrough()
                    + " end before the day of the re-plan (" + at.toLocalDate() + ").",
                    "Give the re-plan's day or a later one, or leave announcedThrough out (the day after the re-plan).");
        }
        var programmed = new HashMap<String, ItemStart>();
        if (meeting.programme() != null) {
            meeting.programme().items().forEach(start -> {
                if (start.item() != null) {
                    programmed.putIfAbsent(start.item(), start);
                }
            });
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < progress.itemsOrEmpty().size(); i++) {
            var entry = progress.itemsOrEmpty().get(i);
            var path = "progress.items[" + i + "]";
            if (entry.item() == null) {
                problem(path + ".item", "The item is missing.", "Add \"item\": the id of the item taken up.");
                continue;
            }
            if (!itemIds.contains(entry.item())) {
                unknownItem(path + ".item", entry.item(), itemIds, USE_AN_ITEM
                        + " An item withdrawn after it was taken up keeps its entry in \"items\" until the meeting ends.");
                continue;
            }
            if (!seen.add(entry.item())) {
                problem(path + ".item", "Item \"" + entry.item() + "\" has progress twice.",
                        "Keep one entry per item: what became of it last.");
            }
            checkItemProgress(entry, path, at, programmed.get(entry.item()), sessionsById);
        }
        for (int i = 0; i < progress.cancelledOrEmpty().size(); i++) {
            var id = progress.cancelledOrEmpty().get(i);
            var path = "progress.cancelled[" + i + "]";
            var session = sessionsById.get(id);
            if (session == null) {
                unknownSession(path, id, sessionsById, USE_A_SESSION);
            } else if (at != null && session.date() != null && session.start() != null
                    && session.date().atTime(session.start()).isBefore(at)) {
                problem(path, "Session \"" + id + "\" began (" + session.date() + " " + session.start()
                                + ") before the re-plan moment " + at + ": what happened in it stays.",
                        "Cancel only sessions after the re-plan moment; for an item cut short, give its remaining time.");
            }
        }
        if (progress.revision() != null && progress.revision() < 1) {
            problem("progress.revision", "A revision number is 1 or more, not " + progress.revision() + ".",
                    "Leave it to agenda replan, which numbers each revision.");
        }
    }

    private void checkItemProgress(ItemProgress entry, String path, LocalDateTime at, ItemStart programmed,
            Map<String, SessionDef> sessionsById) {
        boolean done = entry.isDone();
        if (entry.remaining() == null && !done) {
            problem(path, "Item \"" + entry.item() + "\" has progress, but neither remaining time nor done.",
                    "Add \"remaining\": \"PT30M\" (time it still needs) or \"done\": true.");
        } else if (entry.remaining() != null && done) {
            problem(path, "Item \"" + entry.item() + "\" is both done and still needs " + entry.remaining() + ".",
                    "Keep one: \"remaining\" when it is to continue, \"done\" when it has concluded.");
        }
        if (entry.remaining() != null && (entry.remaining().isNegative() || entry.remaining().isZero()
                || entry.remaining().toSeconds() % 60 != 0 || entry.remaining().compareTo(LONGEST_ITEM) > 0)) {
            problem(path + ".remaining", "The remaining time must be a positive number of whole minutes, not "
                    + entry.remaining() + ".", "Give the time the item still needs, e.g. \"PT30M\", or mark it done.");
        }
        if (Boolean.FALSE.equals(entry.done()) && entry.doneAt() != null) {
            problem(path + ".done", "Item \"" + entry.item() + "\" is not done, yet has a time it was done.",
                    "Remove \"done\": false, or remove \"doneAt\".");
        }
        if (at != null && entry.doneAt() != null && entry.doneAt().isAfter(at)) {
            problem(path + ".doneAt", "Item \"" + entry.item() + "\" is done at " + entry.doneAt()
                    + ", after the re-plan moment " + at + ".", "An item concludes before the re-plan: check the time, "
                    + "or re-plan later.");
        }
        if (at != null && entry.asOf() != null && entry.asOf().isAfter(at)) {
            problem(path + ".asOf", "The remaining time of item \"" + entry.item() + "\" is as of " + entry.asOf()
                    + ", after the re-plan moment " + at + ".", "Give a moment at or before the re-plan.");
        }
        if (programmed == null) {
            problem(path, "Item \"" + entry.item() + "\" has progress, but the programme does not place it, so it "
                    + "cannot have been taken up.", "Remove the entry, or place the item in the programme.");
            return;
        }
        var session = programmed.session() == null ? null : sessionsById.get(programmed.session());
        var taken = entry.doneAt() != null ? entry.doneAt() : entry.asOf() != null ? entry.asOf() : at;
        if (session != null && session.date() != null && programmed.start() != null && taken != null
                && !session.date().atTime(programmed.start()).isBefore(taken)) {
            problem(path, "Item \"" + entry.item() + "\" is programmed to start at " + session.date() + " "
                    + programmed.start() + ", not before " + taken + ", so it cannot have been taken up by then.",
                    "Re-plan later, or remove the entry: an item not yet reached is re-planned on its own.");
        }
    }

    private void unknownSession(String path, String session, Map<String, SessionDef> sessionsById, String fix) {
        problem(path, "Unknown session " + Problem.quoted(session) + ".",
                guessOrList(session, List.copyOf(sessionsById.keySet()), "sessions") + fix);
    }

    private void unknownItem(String path, String item, Set<String> itemIds, String fix) {
        problem(path, "Unknown item " + Problem.quoted(item) + ".", guessOrList(item, List.copyOf(itemIds), "items")
                + fix);
    }

    /** At most this many ids are listed when none is close to the one given. */
    private static final int IDS_LISTED = 8;

    /** The id meant, when one is close; else the ids there are, the first few of a long list. */
    private static String guessOrList(String typed, List<String> known, String what) {
        var guess = NameGuess.didYouMean(typed, known);
        if (!guess.isEmpty() || known.isEmpty()) {
            return guess;
        }
        var listed = known.stream().limit(IDS_LISTED).map(Problem::quoted).collect(Collectors.joining(", "));
        return known.size() <= IDS_LISTED ? "The " + what + " are " + listed + ". "
                : "The " + what + " are " + listed + " and " + (known.size() - IDS_LISTED) + " more. ";
    }

    private void requireText(String value, String path, String example) {
        if (value == null || value.isBlank()) {
            problem(path, "This field is missing or empty.", "Give " + example + ".");
        }
    }

    /** The ids of a list's entries; a missing one and each repeat are reported, a repeat with where the id was first. */
    private <T> Set<String> uniqueIds(List<T> elements, Function<T, String> id, String path) {
        var firstIndex = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < elements.size(); i++) {
            var value = id.apply(elements.get(i));
            if (value == null || value.isBlank()) {
                problem(path + "[" + i + "].id", "The id is missing.", "Give every entry a unique \"id\".");
            } else if (firstIndex.containsKey(value)) {
                problem(path + "[" + i + "].id", "The id " + Problem.quoted(value) + " is used twice: "
                        + path + "[" + firstIndex.get(value) + "] has it too.", "Make each id unique.");
            } else {
                firstIndex.put(value, i);
            }
        }
        return new LinkedHashSet<>(firstIndex.keySet());
    }
}
