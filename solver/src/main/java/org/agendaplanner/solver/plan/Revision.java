package org.agendaplanner.solver.plan;

import java.util.List;
import java.util.Map;

import org.agendaplanner.model.ItemProgress;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Session;

/**
 * Turns a file's {@code progress} into the solver's view of a re-plan, once the programme being revised has been
 * laid out as the starting point: what happened is frozen by Timefold's pinning (the items taken up before the
 * re-plan's moment head their body's list, up to {@link BodyPlan#pinnedCount()}, and keep their session to wait
 * for), their durations become what they took or will take, nothing else may start before the moment, and every
 * item remembers where the revised programme had it, for the rule Stability.
 */
final class Revision {

    private Revision() {
    }

    static void apply(MeetingFile meeting, MeetingClock clock, Map<String, Session> sessionsById,
            List<BodyPlan> bodyPlans, Map<String, Item> itemsById) {
        var progress = meeting.progress();
        int at = clock.minute(progress.at());
        var announcedThrough = progress.announcedThroughOrDefault();
        for (var start : meeting.programme().items()) {
            var session = sessionsById.get(start.session());
            var item = itemsById.get(start.item());
            if (session != null && item != null) {
                item.setRevised(session, !session.date().isAfter(announcedThrough));
            }
        }
        var startsById = new java.util.HashMap<String, Integer>();
        for (var start : meeting.programme().items()) {
            var session = sessionsById.get(start.session());
            if (session != null) {
                startsById.put(start.item(), clock.minute(session.date(), start.start()));
            }
        }
        for (var body : bodyPlans) {
            var timeline = body.timeline();
            Placement previous = null;
            int pinned = 0;
            for (var item : body.getItems()) {
                Integer programmed = startsById.get(item.id());
                if (programmed == null || programmed >= at) {
                    break;
                }
                // Laid as the model lays it, so that an item before that ran over or ended early moves this one too.
                int earliest = previous == null ? timeline.firstStart() : previous.end();
                if (item.getEarliestSession() != null) {
                    earliest = Math.max(earliest, item.getEarliestSession().start());
                }
                earliest = Math.max(earliest, item.earliestOwnStart(timeline));
                int lastWindow = previous == null || previous.segments().isEmpty() ? 0
                        : previous.segments().get(previous.segments().size() - 1).windowIndex();
                var asProgrammed = timeline.placeFrom(item, earliest, lastWindow);
                var entry = progress.itemsOrEmpty().stream().filter(each -> each.item().equals(item.id())).findFirst();
                if (entry.isPresent()) {
                    item.setDuration(took(entry.get(), asProgrammed, timeline, clock, at));
                }
                item.setPinned(true);
                previous = timeline.placeFrom(item, earliest, lastWindow);
                pinned++;
            }
            body.setPinnedCount(pinned);
            for (var item : body.getItems().subList(pinned, body.getItems().size())) {
                keepAfter(item, at);
            }
        }
        for (var item : itemsById.values()) {
            if (item.getBodyPlan() == null && !item.isPinned() && notInAnyList(item, bodyPlans)) {
                keepAfter(item, at);
            }
        }
    }

    private static boolean notInAnyList(Item item, List<BodyPlan> bodyPlans) {
        return bodyPlans.stream().noneMatch(body -> body.getItems().contains(item));
    }

    /** Nothing not yet taken up may start before the re-plan's moment: it is past. */
    private static void keepAfter(Item item, int at) {
        int notBefore = item.notBefore() == null ? at : Math.max(item.notBefore(), at);
        item.setWindow(notBefore, item.notAfter());
    }

    /** The minutes an item taken up took, or will take with what remains. */
    private static int took(ItemProgress entry, Placement asProgrammed, org.agendaplanner.solver.domain.Timeline timeline,
            MeetingClock clock, int at) {
        int start = asProgrammed.start();
        if (entry.remaining() != null) {
            int asOf = entry.asOf() == null ? at : clock.minute(entry.asOf());
            return timeline.minutesBetween(start, asOf) + (int) entry.remaining().toMinutes();
        }
        int end = entry.doneAt() != null ? clock.minute(entry.doneAt()) : Math.min(asProgrammed.end(), at);
        return Math.max(1, timeline.minutesBetween(start, end));
    }
}
