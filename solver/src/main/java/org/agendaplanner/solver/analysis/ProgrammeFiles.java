package org.agendaplanner.solver.analysis;

import java.nio.file.Path;
import java.util.List;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Problem;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProblemFactory;

/**
 * Reads a file that must hold a programme: a solved file, or a planner's own draft; for every front end that scores,
 * explains or renders one.
 */
public final class ProgrammeFiles {

    private ProgrammeFiles() {
    }

    /** A file's programme taken as it stands, scored and taken apart rule by rule. */
    public record Scored(Planning planning, ScoreReport report, List<String> unscheduled) {
    }

    public static Scored scoreAsItStands(Path file) throws InvalidInputException {
        var planning = read(file, ProblemFactory.ProgrammeUse.AS_DRAFT);
        var report = ScoreReport.of(planning.solution());
        var unscheduled = planning.solution().getItems().stream().filter(Item::isUnscheduled).map(Item::id).toList();
        return new Scored(planning, report, unscheduled);
    }

    public static Planning read(Path file, ProblemFactory.ProgrammeUse use) throws InvalidInputException {
        var meeting = MeetingReader.read(file);
        if (meeting.programme() == null) {
            throw new InvalidInputException(file.toString(), List.of(Problem.at("programme",
                    "The file has no programme to work on.",
                    "Run \"agenda solve " + file + "\" first, or add a \"programme\" with the items' starts.")));
        }
        return ProblemFactory.build(meeting, file.toString(), use);
    }
}
