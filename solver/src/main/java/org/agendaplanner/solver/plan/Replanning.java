package org.agendaplanner.solver.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agendaplanner.model.ItemProgress;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Progress;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Segment;

/**
 * Re-planning a meeting in progress, for every front end: the progress a re-plan adds to a solved file, the revised
 * file that keeps what it revises (its revision number and the starts it was revised from), and the change list a
 * secretariat announces. Solving is {@link Planner#plan}'s: a file with {@code progress} is re-planned from its
 * programme.
 */
public final class Replanning {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Replanning() {
    }

    /**
     * The solved file with this re-plan's progress added to what its {@code progress} already says. A remaining time
     * is kept as of the re-plan's moment, so that a later re-plan reads it the same way.
     */
    public static MeetingFile withProgress(MeetingFile solved, LocalDateTime at, LocalDate announcedThrough,
            List<ItemProgress> items, List<String> cancelled) {
        var given = solved.progress() != null ? solved.progress()
                : new Progress(null, null, null, null, null, null);
        // Each remaining time is fixed to the moment it was given: the file's own to its at, the new ones to this one.
        var base = new Progress(given.at(), given.announcedThrough(), given.items() == null ? null
                : asOf(given.items(), given.at()), given.cancelled(), given.revision(), given.revisedFrom());
        var moment = at != null ? at : given.at();
        var fixed = asOf(items, at).stream().map(entry -> doneAtProgrammedEnd(solved, entry, moment)).toList();
        return solved.withProgress(base.with(at, announcedThrough, fixed, cancelled));
    }

    /**
     * An item done without a time concluded at its programmed end, or at the re-plan's moment if that comes first:
     * written down as that moment, so that a later re-plan, whose moment is later, reads it the same way.
     */
    private static ItemProgress doneAtProgrammedEnd(MeetingFile solved, ItemProgress entry, LocalDateTime at) {
        if (!entry.isDone() || entry.doneAt() != null || at == null || solved.programme() == null) {
            return entry;
        }
        var last = end(solved.programme(), entry.item());
        if (last == null) {
            return entry;
        }
        var end = solved.session(last.session()).map(session -> session.date().atTime(last.end())).orElse(null);
        return end == null ? entry : ItemProgress.done(entry.item(), end.isBefore(at) ? end : at);
    }

    private static List<ItemProgress> asOf(List<ItemProgress> entries, LocalDateTime at) {
        return entries.stream().map(entry -> entry.remaining() != null && entry.asOf() == null && at != null
                ? ItemProgress.remaining(entry.item(), entry.remaining(), at) : entry).toList();
    }

    /** The re-planned file, numbered one revision on from the file it revises and naming the starts it revised. */
    public static MeetingFile revised(MeetingFile revising, MeetingFile replanned) {
        var progress = revising.progress();
        int number = progress.revision() == null ? 1 : progress.revision() + 1;
        return replanned.withProgress(progress.asRevision(number, revising.programme().items()));
    }

    /**
     * One item's change: where it started before and starts now (null where it was not or is no longer placed), and
     * what changed in one sentence a secretariat can announce.
     */
    public record Change(String item, String number, ItemStart from, ItemStart to, String words) {
    }

    /**
     * What changed from the programme revised to the revision, one entry per item that changed, in agenda order;
     * empty when nothing did. A start that shifts within its session is a change too.
     */
    public static List<Change> changes(MeetingFile revising, MeetingFile revised) {
        var before = revising.programme();
        var after = revised.programme();
        var startsBefore = startsById(before);
        var startsAfter = startsById(after);
        var changes = new ArrayList<Change>();
        for (var item : revised.items()) {
            var id = item.id();
            var name = "Item " + item.number() + " (" + shortTitle(item.title().first().orElseThrow().getValue()) + ")";
            var was = startsBefore.get(id);
            var now = startsAfter.get(id);
            var phrases = new ArrayList<String>();
            if (was != null && now == null) {
                phrases.add("no longer fits: it was to start " + moment(revised, was));
            } else if (was == null && now != null) {
                phrases.add("is now taken up " + moment(revised, now));
            } else if (was != null) {
                phrases.addAll(moved(before, after, revised, id, was, now));
            }
            if (!phrases.isEmpty()) {
                changes.add(new Change(id, item.number(), was, now, name + " " + String.join("; it ", phrases) + "."));
            }
        }
        return changes;
    }

    /** How an item placed in both programmes changed, each a phrase to follow its name; empty when it did not. */
    private static List<String> moved(Programme before, Programme after, MeetingFile revised, String id,
            ItemStart was, ItemStart now) {
        var phrases = new ArrayList<String>();
        if (!was.session().equals(now.session())) {
            phrases.add("moves from " + moment(revised, was).substring(3) + " to " + moment(revised, now).substring(3));
        } else if (!was.start().equals(now.start())) {
            phrases.add("now starts at " + now.start() + " instead of " + was.start() + ", "
                    + session(revised, now.session()));
        }
        var endBefore = end(before, id);
        var endAfter = end(after, id);
        // A start that moved carries its end along; an end that moves alone is an item that ran over or ended early.
        boolean startKept = was.session().equals(now.session()) && was.start().equals(now.start());
        if (startKept && endBefore != null && endAfter != null && !endBefore.equals(endAfter)) {
            phrases.add("now ends at " + endAfter.end() + " instead of " + endBefore.end() + ", "
                    + session(revised, endAfter.session()));
        }
        var continuedBefore = continuedIn(before, id);
        var continuedAfter = continuedIn(after, id);
        var newlyContinued = continuedAfter.stream().filter(session -> !continuedBefore.contains(session)).toList();
        var noLonger = continuedBefore.stream().filter(session -> !continuedAfter.contains(session)).toList();
        if (!newlyContinued.isEmpty()) {
            phrases.add("is now continued " + newlyContinued.stream().map(session -> session(revised, session))
                    .collect(Collectors.joining(" and ")));
        }
        if (!noLonger.isEmpty()) {
            phrases.add("is no longer continued " + noLonger.stream().map(session -> session(revised, session))
                    .collect(Collectors.joining(" and ")));
        }
        return phrases;
    }

    /** A title to name an item by in a sentence: long agenda titles are cut at a word. */
    private static String shortTitle(String title) {
        if (title.length() <= SHORT_TITLE) {
            return title;
        }
        int space = title.lastIndexOf(' ', SHORT_TITLE);
        return title.substring(0, space > 0 ? space : SHORT_TITLE) + "…";
    }

    private static final int SHORT_TITLE = 40;

    /** The item's last segment, where it ends; null when the programme does not place it. */
    private static Segment end(Programme programme, String item) {
        if (programme.segments() == null) {
            return null;
        }
        Segment last = null;
        for (var segment : programme.segments()) {
            if (segment.item().equals(item)) {
                last = segment;
            }
        }
        return last;
    }

    private static Map<String, ItemStart> startsById(Programme programme) {
        return programme.items().stream().collect(Collectors.toMap(ItemStart::item, Function.identity(),
                (first, second) -> first));
    }

    private static LinkedHashSet<String> continuedIn(Programme programme, String item) {
        var sessions = new LinkedHashSet<String>();
        if (programme.segments() != null) {
            programme.segments().stream().filter(segment -> segment.item().equals(item) && segment.continued())
                    .map(Segment::session).forEach(sessions::add);
        }
        return sessions;
    }

    private static String moment(MeetingFile meeting, ItemStart start) {
        var session = meeting.session(start.session()).orElseThrow();
        return "on " + DAY.format(session.date()) + " at " + start.start() + " (" + session.id() + ")";
    }

    private static String session(MeetingFile meeting, String id) {
        var session = meeting.session(id).orElseThrow();
        return "on " + DAY.format(session.date()) + " in " + session.id() + " (" + session.start() + "–"
                + session.end() + ")";
    }
}
