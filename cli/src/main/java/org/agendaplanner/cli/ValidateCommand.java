package org.agendaplanner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Problem;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a meeting file and lists every problem, with where it is and how to fix it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a meeting file: every problem, where it is and how to fix it.")
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Mixin
    ReportFormat report;

    /** The JSON form (documented in the README): every problem with where it is and how to fix it. */
    record ValidationJson(String file, boolean valid, List<Problem> problems) {
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var file = input.path();
        try {
            var meeting = MeetingReader.read(file);
            ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
            report.print(out, new ValidationJson(file.toString(), true, List.of()), words -> words.println(file
                    + ": valid (" + meeting.items().size() + " items, " + meeting.sessions().size() + " sessions"
                    + (meeting.programme() == null ? "" : ", with a programme") + ")."));
            return ExitCodes.OK;
        } catch (InvalidInputException invalid) {
            if (!report.isJson()) {
                throw invalid;
            }
            report.print(out, new ValidationJson(file.toString(), false, invalid.problems()), words -> { });
            return ExitCodes.INVALID_INPUT;
        }
    }
}
