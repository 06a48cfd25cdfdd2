package org.agendaplanner.check;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agendaplanner.model.BlockDef;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.SessionDef;

/**
 * Checks a solved meeting file against every hard rule of the README, from the file alone. It shares no code with
 * the solver (not the constraints, not the placement of items, not the timeline), so that a mistake there cannot
 * hide itself here: it re-derives each item's segments from its start, compares them with the segments written, and
 * tests each rule on what it derived. Its result is a list of violations in plain words, empty for a clean
 * programme.
 */
public final class ProgrammeChecker {

    private final MeetingFile meeting;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, SessionDef> sessionsById = new LinkedHashMap<>();
    private final Map<String, List<Window>> windowsByBody = new LinkedHashMap<>();
    private final Map<String, Placed> placedById = new LinkedHashMap<>();

    private ProgrammeChecker(MeetingFile meeting) {
        this.meeting = meeting;
    }

    /** Every hard rule the programme breaks, and every way its segments differ from those its starts imply. */
    public static List<String> check(MeetingFile meeting) {
        var checker = new ProgrammeChecker(meeting);
        checker.run();
        return checker.violations;
    }

    /** A stretch of a body's free time: one session less its blocks, in minutes since the epoch. */
    private record Window(SessionDef session, long start, long end) {
    }

    /** A part of an item in one window, derived from the item's start. */
    private record Part(String item, SessionDef session, long start, long end) {
    }

    /** An item as the programme places it: its body, its start and the parts derived from it. */
    private record Placed(ItemDef item, int agendaIndex, String body, long start, List<Part> parts, long overflow) {

        long end() {
            return parts.isEmpty() ? start : parts.get(parts.size() - 1).end();
        }
    }

    private void run() {
        var programme = meeting.programme();
        if (programme == null) {
            violations.add("The file has no programme.");
            return;
        }
        meeting.sessions().forEach(session -> sessionsById.put(session.id(), session));
        for (var body : meeting.bodies()) {
            windowsByBody.put(body.id(), windowsOf(body.id()));
        }
        for (var start : programme.items()) {
            place(start);
        }
        checkEveryItemIsPlacedOrListed();
        checkWrittenSegments();
        for (var placed : placedById.values()) {
            checkItemRules(placed);
        }
        checkNoOverlap();
        checkInterpreters();
        checkOrder();
    }

    private static long minute(LocalDate date, LocalTime time) {
        return date.toEpochDay() * 24 * 60 + time.toSecondOfDay() / 60;
    }

    private static long minute(LocalDateTime moment) {
        return minute(moment.toLocalDate(), moment.toLocalTime());
    }

    private static String clock(long minute) {
        return LocalDate.ofEpochDay(Math.floorDiv(minute, 24 * 60)) + " "
                + LocalTime.ofSecondOfDay(Math.floorMod(minute, 24 * 60) * 60L);
    }

    /** The body's sessions in time order, each less the blocks of the body that fall in it. */
    private List<Window> windowsOf(String body) {
        var windows = new ArrayList<Window>();
        var sessions = meeting.sessions().stream()
                .filter(session -> session.body().equals(body))
                .sorted(Comparator.comparing(SessionDef::date).thenComparing(SessionDef::start))
                .toList();
        for (var session : sessions) {
            var free = new ArrayList<>(List.of(new Window(session, minute(session.date(), session.start()),
                    minute(session.date(), session.end()))));
            for (BlockDef block : meeting.blocksOrEmpty()) {
                if (!block.body().equals(body)) {
                    continue;
                }
                long blockStart = minute(block.date(), block.start());
                long blockEnd = minute(block.date(), block.end());
                var remaining = new ArrayList<Window>();
                for (var window : free) {
                    if (blockStart > window.start()) {
                        remaining.add(new Window(session, window.start(), Math.min(window.end(), blockStart)));
                    }
                    if (blockEnd < window.end()) {
                        remaining.add(new Window(session, Math.max(window.start(), blockEnd), window.end()));
                    }
                }
                free = new ArrayList<>(remaining.stream().filter(window -> window.start() < window.end()).toList());
            }
            windows.addAll(free);
        }
        return windows;
    }

    /**
     * Lays the item's minutes along its body's free time from its start: what does not fit in one window continues
     * at the very start of the next window interpreted into every language the item needs.
     */
    private void place(ItemStart start) {
        var item = meeting.item(start.item()).orElseThrow();
        var session = sessionsById.get(start.session());
        var windows = windowsByBody.get(session.body());
        long from = minute(session.date(), start.start());
        int first = -1;
        for (int i = 0; i < windows.size(); i++) {
            var window = windows.get(i);
            if (window.session() == session && window.start() <= from && from < window.end()) {
                first = i;
            }
        }
        if (first < 0) {
            violations.add("Item " + item.id() + " starts at " + start.start() + " in session " + session.id()
                    + ", where its body has no free time.");
            return;
        }
        var parts = new ArrayList<Part>();
        long remaining = item.duration().toMinutes();
        long time = from;
        var needed = item.interpretationOrDefault().resolve(meeting.languages());
        for (int i = first; i < windows.size() && remaining > 0; i++) {
            var window = windows.get(i);
            if (i > first && !window.session().interpretationOrDefault().resolve(meeting.languages())
                    .containsAll(needed)) {
                continue;
            }
            long partStart = Math.max(time, window.start());
            long partEnd = Math.min(window.end(), partStart + remaining);
            parts.add(new Part(item.id(), window.session(), partStart, partEnd));
            remaining -= partEnd - partStart;
            time = partEnd;
        }
        placedById.put(item.id(), new Placed(item, meeting.items().indexOf(item), session.body(), from, parts,
                remaining));
    }

    private void checkEveryItemIsPlacedOrListed() {
        var unscheduled = new HashSet<>(Objects.requireNonNullElse(meeting.programme().unscheduled(), List.of()));
        for (var item : meeting.items()) {
            boolean placed = placedById.containsKey(item.id());
            if (placed && unscheduled.contains(item.id())) {
                violations.add("Item " + item.id() + " is both placed and listed as unscheduled.");
            }
            if (!placed && !unscheduled.contains(item.id())) {
                violations.add("Item " + item.id() + " is neither placed nor listed as unscheduled.");
            }
        }
    }

    /** The segments written must be exactly those the starts imply, the first of each item not continued. */
    private void checkWrittenSegments() {
        var written = new LinkedHashMap<String, List<String>>();
        for (var segment : Objects.requireNonNullElse(meeting.programme().segments(),
                List.<org.agendaplanner.model.Segment> of())) {
            var session = sessionsById.get(segment.session());
            written.computeIfAbsent(segment.item(), id -> new ArrayList<>()).add(describe(segment.session(),
                    minute(session.date(), segment.start()), minute(session.date(), segment.end()),
                    segment.continued()));
        }
        for (var placed : placedById.values()) {
            var derived = new ArrayList<String>();
            for (int i = 0; i < placed.parts().size(); i++) {
                var part = placed.parts().get(i);
                derived.add(describe(part.session().id(), part.start(), part.end(), i > 0));
            }
            var segments = written.getOrDefault(placed.item().id(), List.of());
            if (!segments.equals(derived)) {
                violations.add("Item " + placed.item().id() + ": the programme writes the segments " + segments
                        + ", but its start implies " + derived + ".");
            }
        }
        written.keySet().stream().filter(id -> !placedById.containsKey(id)).forEach(id -> violations.add(
                "Item " + id + " has segments but no start in the programme."));
    }

    private static String describe(String session, long start, long end, boolean continued) {
        return session + " " + clock(start).substring(11) + "-" + clock(end).substring(11)
                + (continued ? " (continued)" : "");
    }

    private void checkItemRules(Placed placed) {
        var item = placed.item();
        var allowed = item.allowedBodies().isEmpty() ? List.of(meeting.defaultBody()) : item.allowedBodies();
        if (!allowed.contains(placed.body())) {
            violations.add("Fits its body: item " + item.id() + " is taken up by " + placed.body() + ", not by "
                    + String.join(" or ", allowed) + ".");
        }
        if (placed.overflow() > 0) {
            violations.add("Within the sessions: " + placed.overflow() + " min of item " + item.id()
                    + " run past the last session of " + placed.body() + ".");
        }
        var needed = item.interpretationOrDefault().resolve(meeting.languages());
        for (var part : placed.parts()) {
            var offered = part.session().interpretationOrDefault().resolve(meeting.languages());
            if (!offered.containsAll(needed)) {
                violations.add("Interpretation available: item " + item.id() + " needs " + needed + " but lies in "
                        + part.session().id() + ", which offers " + offered + ".");
            }
        }
        if (!item.isSplittable() && placed.parts().size() > 1) {
            violations.add("Not splittable: item " + item.id() + " is split over " + placed.parts().stream()
                    .map(part -> part.session().id()).toList() + ".");
        }
        if (item.fixed() != null) {
            var fixedSession = sessionsById.get(item.fixed().session());
            long fixedAt = minute(fixedSession.date(), item.fixed().start());
            if (placed.start() != fixedAt || placed.parts().isEmpty() || placed.parts().get(0).session() != fixedSession) {
                violations.add("Fixed start: item " + item.id() + " is fixed at " + clock(fixedAt) + " in "
                        + fixedSession.id() + " but starts at " + clock(placed.start()) + ".");
            }
        }
        if (item.notBefore() != null && placed.start() < minute(item.notBefore())) {
            violations.add("Time window: item " + item.id() + " starts at " + clock(placed.start())
                    + ", before its notBefore " + item.notBefore() + ".");
        }
        if (item.notAfter() != null && (placed.end() > minute(item.notAfter()) || placed.overflow() > 0)) {
            violations.add("Time window: item " + item.id() + " ends at " + clock(placed.end())
                    + ", after its notAfter " + item.notAfter() + ".");
        }
        if (item.isLastSession()) {
            checkLastSession(placed);
        }
    }

    /** The body's last session with free time in it: a session blocked whole can take nothing. */
    private void checkLastSession(Placed placed) {
        var windows = windowsByBody.get(placed.body());
        var last = windows.get(windows.size() - 1).session();
        if (placed.overflow() > 0 || placed.parts().stream().anyMatch(part -> part.session() != last)) {
            violations.add("Last session: item " + placed.item().id() + " lies in " + placed.parts().stream()
                    .map(part -> part.session().id()).distinct().toList() + ", not wholly in " + last.id() + ".");
        }
    }

    private void checkNoOverlap() {
        for (var body : windowsByBody.keySet()) {
            var parts = placedById.values().stream()
                    .filter(placed -> placed.body().equals(body))
                    .flatMap(placed -> placed.parts().stream())
                    .sorted(Comparator.comparingLong(Part::start))
                    .toList();
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size() && parts.get(j).start() < parts.get(i).end(); j++) {
                    if (!parts.get(i).item().equals(parts.get(j).item())) {
                        violations.add("No overlap: items " + parts.get(i).item() + " and " + parts.get(j).item()
                                + " overlap in " + body + " at " + clock(parts.get(j).start()) + ".");
                    }
                }
            }
        }
    }

    /**
     * Interpreted sessions in use (holding any part of an item, whether it needs interpreters or not) against the
     * teams at each moment such a session starts, where the most run at once, and against the budget.
     */
    private void checkInterpreters() {
        var inUse = new LinkedHashSet<SessionDef>();
        placedById.values().forEach(placed -> placed.parts().stream()
                .map(Part::session)
                .filter(session -> !session.interpretationOrDefault().resolve(meeting.languages()).isEmpty())
                .forEach(inUse::add));
        var interpretation = meeting.interpretation();
        int teams = interpretation == null ? 1 : interpretation.teamCount();
        for (var session : inUse) {
            long moment = minute(session.date(), session.start());
            var running = inUse.stream()
                    .filter(other -> minute(other.date(), other.start()) <= moment
                            && moment < minute(other.date(), other.end()))
                    .map(SessionDef::id)
                    .toList();
            if (running.size() > teams) {
                violations.add("Interpretation teams: at " + clock(moment) + " the interpreted sessions " + running
                        + " run at once, with " + teams + " team(s).");
            }
        }
        if (interpretation != null && interpretation.maxSessions() != null
                && inUse.size() > interpretation.maxSessions()) {
            violations.add("Interpretation budget: " + inUse.size() + " interpreted sessions are in use, the budget is "
                    + interpretation.maxSessions() + ".");
        }
    }

    /** Agenda order among the items of a body that keep it, and every explicit "after". */
    private void checkOrder() {
        boolean agendaOrder = meeting.rulesOrDefault().agendaOrder();
        var placed = placedById.values().stream().sorted(Comparator.comparingInt(Placed::agendaIndex)).toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                var earlier = placed.get(i);
                var later = placed.get(j);
                if (agendaOrder && !earlier.item().isFree() && !later.item().isFree()
                        && earlier.body().equals(later.body()) && later.start() < earlier.end()) {
                    violations.add("Order: item " + later.item().id() + " starts at " + clock(later.start())
                            + ", before item " + earlier.item().id() + " ends at " + clock(earlier.end()) + ".");
                }
            }
        }
        for (var after : placed) {
            for (var beforeId : after.item().afterOrEmpty()) {
                var before = placedById.get(beforeId);
                if (before != null && after.start() < before.end()) {
                    violations.add("Order: item " + after.item().id() + " starts at " + clock(after.start())
                            + ", before item " + beforeId + " ends at " + clock(before.end()) + ", which it follows.");
                }
            }
        }
    }
}
