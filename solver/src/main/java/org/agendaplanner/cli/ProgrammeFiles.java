package org.agendaplanner.cli;

import java.nio.file.Path;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.model.Problem;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProblemFactory;

/** Reads a file that must hold a programme: a solved file, or a planner's own draft. */
final class ProgrammeFiles {

    private ProgrammeFiles() {
    }

    static Planning read(Path file, ProblemFactory.ProgrammeUse use) throws InvalidInputException {
        var meeting = MeetingFiles.read(file);
        if (meeting.programme() == null) {
            throw new InvalidInputException(file.toString(), java.util.List.of(Problem.at("programme",
                    "The file has no programme to work on.",
                    "Run \"agenda solve " + file + "\" first, or add a \"programme\" with the items' starts.")));
        }
        return ProblemFactory.build(meeting, file.toString(), use);
    }
}
