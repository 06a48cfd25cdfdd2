package org.agendaplanner.render;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.agendaplanner.model.BlockDef;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Segment;
import org.agendaplanner.model.SessionDef;

/**
 * The organization of work as a secretariat publishes it, in one language, ready for any output format:
 * days, and in each day the sessions (and blocks) in order of time with the items taken up in them.
 * {@code emptySessions} are the sessions with no business, by day: the annex leaves them out, the timetable
 * draws them. {@code revision} says the meeting is a revision (its progress names the programme it was revised
 * from): its entries then say whether they were revised.
 */
public record Annex(AnnexLanguage language, String title, List<Day> days, List<Day> emptySessions, boolean revision) {

    /** Titles missing in the asked language are taken from this one, and marked. */
    public static final String FALLBACK_LANGUAGE = "en";

    public Annex {
        days = List.copyOf(days);
        emptySessions = List.copyOf(emptySessions);
    }

    /** An annex that is no revision. */
    public Annex(AnnexLanguage language, String title, List<Day> days, List<Day> emptySessions) {
        this(language, title, days, emptySessions, false);
    }

    /** An annex whose sessions all have business. */
    public Annex(AnnexLanguage language, String title, List<Day> days) {
        this(language, title, days, List.of());
    }

    public record Day(LocalDate date, String heading, List<Slot> slots) {
    }

    /**
     * A session or a block of a body. {@code body} is the body's name when the meeting has several bodies, else null.
     * {@code interpretation} is the session's (null for a block).
     */
    public record Slot(String id, String bodyId, String body, LocalTime start, LocalTime end, String time, List<Entry> entries,
            boolean block, Interpreting interpretation) {

        /** A slot of an interpreted session, or a block. */
        public Slot(String id, String bodyId, String body, LocalTime start, LocalTime end, String time,
                List<Entry> entries, boolean block) {
            this(id, bodyId, body, start, end, time, entries, block, block ? null : Interpreting.ALL);
        }
    }

    /**
     * The interpretation a session has: into every language of the meeting ({@code all}), into some of them, or
     * into none, which makes it an informal session.
     */
    public record Interpreting(boolean all, List<String> languages) {

        public static final Interpreting ALL = new Interpreting(true, List.of());

        public Interpreting {
            languages = List.copyOf(languages);
        }

        public boolean none() {
            return !all && languages.isEmpty();
        }
    }

    /**
     * One line of the table: an item (or a block's label), continued or not; {@code language} is the title's.
     * {@code revised}: the item starts elsewhere than in the programme revised (always false outside a revision).
     * {@code shortenedTo}: on the first line of an item planned shorter than its estimate, the time it is planned
     * for; null otherwise.
     */
    public record Entry(String itemId, String number, String title, boolean continued, String language,
            LocalTime start, LocalTime end, boolean revised, Duration shortenedTo) {

        /** An entry that is not revised. */
        public Entry(String itemId, String number, String title, boolean continued, String language, LocalTime start,
                LocalTime end) {
            this(itemId, number, title, continued, language, start, end, false);
        }

        /** An entry of an item planned for its whole estimate. */
        public Entry(String itemId, String number, String title, boolean continued, String language, LocalTime start,
                LocalTime end, boolean revised) {
            this(itemId, number, title, continued, language, start, end, revised, null);
        }

        public boolean isFallback(AnnexLanguage printedIn) {
            return !language.equals(printedIn.code());
        }

        /** The title as printed: with the continued marker, and the fallback language named when it is one. */
        public String printedTitle(AnnexLanguage printedIn) {
            var text = continued ? printedIn.continuedTitle(title) : title;
            text = shortenedTo != null ? printedIn.shortenedTitle(text, shortenedTo) : text;
            text = revised ? printedIn.revisedTitle(text) : text;
            return isFallback(printedIn) ? "[" + language + "] " + text : text;
        }
    }

    public static Annex of(MeetingFile meeting, AnnexLanguage language) {
        var byDate = new TreeMap<LocalDate, List<Slot>>();
        var emptyByDate = new TreeMap<LocalDate, List<Slot>>();
        boolean manyBodies = meeting.bodies().size() > 1;
        var segments = meeting.programme() == null || meeting.programme().segments() == null
                ? List.<Segment> of()
                : meeting.programme().segments();
        // Looked up once for the whole annex: a meeting of thousands of items has thousands of sessions too.
        var facts = new ProgrammeFacts(itemsById(meeting), revisedItems(meeting), segmentsBySession(segments));
        var planned = plannedShorter(meeting, facts.items());
        for (var session : meeting.sessions()) {
            var slot = slotOf(session, meeting, language, manyBodies, facts, planned);
            // A session with no business is not a meeting a secretariat would announce (the timetable still draws
            // it); one wholly taken by a block shows as the block.
            if (slot.entries().isEmpty()) {
                emptyByDate.computeIfAbsent(session.date(), date -> new ArrayList<>()).add(slot);
                continue;
            }
            byDate.computeIfAbsent(session.date(), date -> new ArrayList<>()).add(slot);
        }
        for (var block : meeting.blocksOrEmpty()) {
            byDate.computeIfAbsent(block.date(), date -> new ArrayList<>())
                    .add(slotOf(block, meeting, language, manyBodies));
        }
        var bodyOrder = meeting.bodies().stream().map(body -> body.id()).toList();
        return new Annex(language, pick(meeting.meeting().title(), language).text(), daysOf(byDate, bodyOrder, language),
                daysOf(emptyByDate, bodyOrder, language), revisedFrom(meeting) != null);
    }

    private static List<Day> daysOf(TreeMap<LocalDate, List<Slot>> byDate, List<String> bodyOrder, AnnexLanguage language) {
        var days = new ArrayList<Day>();
        for (Map.Entry<LocalDate, List<Slot>> day : byDate.entrySet()) {
            var slots = new ArrayList<>(day.getValue());
            slots.sort(Comparator.comparing(Slot::start).thenComparing(slot -> bodyOrder.indexOf(slot.bodyId())));
            days.add(new Day(day.getKey(), language.dayHeading(day.getKey()), slots));
        }
        return days;
    }

    private static Interpreting interpretingOf(SessionDef session, MeetingFile meeting) {
        var need = session.interpretationOrDefault();
        if (need.all()) {
            return Interpreting.ALL;
        }
        var languages = need.resolve(meeting.languages());
        return new Interpreting(languages.containsAll(meeting.languages()), languages);
    }

    /** What every session's slot looks up: the items by id, those revised, the programme's segments by session. */
    private record ProgrammeFacts(Map<String, ItemDef> items, Set<String> revised,
            Map<String, List<Segment>> segmentsBySession) {
    }

    private static Map<String, ItemDef> itemsById(MeetingFile meeting) {
        var items = new HashMap<String, ItemDef>();
        meeting.items().forEach(item -> items.putIfAbsent(item.id(), item));
        return items;
    }

    private static Map<String, List<Segment>> segmentsBySession(List<Segment> segments) {
        var bySession = new HashMap<String, List<Segment>>();
        segments.forEach(segment -> bySession.computeIfAbsent(segment.session(), id -> new ArrayList<>()).add(segment));
        return bySession;
    }

    /** The planned time of each item the programme shortens below its estimate. */
    private static Map<String, Duration> plannedShorter(MeetingFile meeting, Map<String, ItemDef> itemsById) {
        var planned = new HashMap<String, Duration>();
        if (meeting.programme() != null && meeting.programme().items() != null) {
            for (var start : meeting.programme().items()) {
                var item = itemsById.get(start.item());
                if (start.duration() != null && item != null && start.duration().compareTo(item.duration()) < 0) {
                    planned.put(start.item(), start.duration());
                }
            }
        }
        return planned;
    }

    /** The starts the meeting's programme was revised from; null when it is no revision. */
    private static Map<String, ItemStart> revisedFrom(MeetingFile meeting) {
        var progress = meeting.progress();
        if (progress == null || progress.revisedFrom() == null) {
            return null;
        }
        var starts = new HashMap<String, ItemStart>();
        progress.revisedFrom().forEach(start -> starts.putIfAbsent(start.item(), start));
        return starts;
    }

    /** The items whose start differs from the programme revised (or that it did not place); empty outside a revision. */
    private static Set<String> revisedItems(MeetingFile meeting) {
        var was = revisedFrom(meeting);
        if (was == null || meeting.programme() == null || meeting.programme().items() == null) {
            return Set.of();
        }
        var revised = new HashSet<String>();
        for (var now : meeting.programme().items()) {
            if (!now.equals(was.get(now.item()))) {
                revised.add(now.item());
            }
        }
        return revised;
    }

    private static Slot slotOf(SessionDef session, MeetingFile meeting, AnnexLanguage language, boolean manyBodies,
            ProgrammeFacts facts, Map<String, Duration> planned) {
        var revised = facts.revised();
        var entries = facts.segmentsBySession().getOrDefault(session.id(), List.of()).stream()
                .sorted(Comparator.comparing(Segment::start))
                .map(segment -> {
                    // The validator has made sure that every segment names an item of the meeting.
                    var item = Objects.requireNonNull(facts.items().get(segment.item()), segment.item());
                    var title = pick(item.title(), language);
                    return new Entry(item.id(), language.itemNumber(item.number()), title.text(), segment.continued(),
                            title.language(), segment.start(), segment.end(), revised.contains(item.id()),
                            segment.continued() ? null : planned.get(item.id()));
                })
                .toList();
        return new Slot(session.id(), session.body(), manyBodies ? bodyName(meeting, session.body(), language) : null, session.start(),
                session.end(), language.timeRange(session.start(), session.end()), entries, false,
                interpretingOf(session, meeting));
    }

    private static Slot slotOf(BlockDef block, MeetingFile meeting, AnnexLanguage language, boolean manyBodies) {
        var label = block.label() == null ? new Picked(block.id(), language.code()) : pick(block.label(), language);
        var entry = new Entry(null, "", label.text(), false, label.language(), block.start(), block.end());
        return new Slot(block.id(), block.body(), manyBodies ? bodyName(meeting, block.body(), language) : null, block.start(),
                block.end(), language.timeRange(block.start(), block.end()), List.of(entry), true, null);
    }

    private static String bodyName(MeetingFile meeting, String bodyId, AnnexLanguage language) {
        return meeting.bodies().stream()
                .filter(body -> body.id().equals(bodyId))
                .findFirst()
                .map(body -> body.name() == null ? body.id() : pick(body.name(), language).text())
                .orElse(bodyId);
    }

    private record Picked(String text, String language) {
    }

    private static Picked pick(LocalizedText text, AnnexLanguage language) {
        return text.in(language.code()).map(found -> new Picked(found, language.code()))
                .or(() -> text.in(FALLBACK_LANGUAGE).map(found -> new Picked(found, FALLBACK_LANGUAGE)))
                .orElseGet(() -> text.first().map(first -> new Picked(first.getValue(), first.getKey()))
                        .orElse(new Picked("", language.code())));
    }
}
