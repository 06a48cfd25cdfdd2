package org.agendaplanner.solver.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;

import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Segment;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;

/** Turns a planned solution back into the file format's {@code programme} section. */
public final class ProgrammeWriter {

    private ProgrammeWriter() {
    }

    public static Programme programmeOf(AgendaSolution solution, MeetingClock clock) {
        var starts = new ArrayList<ItemStart>();
        var segments = new ArrayList<Segment>();
        var unscheduled = new ArrayList<String>();
        var placed = solution.getItems().stream()
                .filter(Item::isScheduled)
                .filter(item -> !item.segments().isEmpty())
                .sorted(Comparator.comparingInt(Item::start).thenComparingInt(Item::agendaIndex))
                .toList();
        for (var item : placed) {
            starts.add(new ItemStart(item.id(), item.segments().get(0).session().id(), clock.timeOf(item.start()),
                    item.minutesCut() == 0 ? null : Duration.ofMinutes(item.plannedDuration())));
        }
        placed.stream()
                .flatMap(item -> item.segments().stream())
                .sorted(Comparator.comparingInt(org.agendaplanner.solver.domain.Segment::start))
                .forEach(segment -> segments.add(new Segment(segment.item().id(), segment.session().id(),
                        clock.timeOf(segment.start()), clock.timeOf(segment.end()), segment.isContinued())));
        solution.getItems().stream()
                .filter(item -> !item.isScheduled() || item.segments().isEmpty())
                .sorted(Comparator.comparingInt(Item::agendaIndex))
                .forEach(item -> unscheduled.add(item.id()));
        var score = solution.getScore() == null ? null : solution.getScore().toString();
        return new Programme(score, starts, segments, unscheduled.isEmpty() ? null : unscheduled);
    }

    public static MeetingFile solvedFile(MeetingFile meeting, AgendaSolution solution, MeetingClock clock) {
        return meeting.withProgramme(programmeOf(solution, clock));
    }
}
