package org.agendaplanner.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.agendaplanner.model.BusinessAndTime;
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

    /**
     * The JSON form (documented in the README): every problem with where it is and how to fix it; for a valid file,
     * each body's business against its session time, and the warnings (an over-full body), which do not make it invalid.
     */
    record ValidationJson(String file, boolean valid, List<Problem> problems, List<BusinessAndTime> bodies,
            List<String> warnings) {
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var file = input.path();
        try {
            var meeting = MeetingReader.read(file);
            ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
            var bodies = BusinessAndTime.of(meeting);
            var warnings = bodies.stream().map(BusinessAndTime::warning).filter(Objects::nonNull).toList();
            report.print(out, new ValidationJson(file.toString(), true, List.of(), bodies, warnings), words -> {
                words.println(file + ": valid (" + meeting.items().size() + " items, " + meeting.sessions().size()
                        + " sessions" + (meeting.programme() == null ? "" : ", with a programme") + ").");
                bodies.forEach(body -> words.println("  " + body.describe()));
                warnings.forEach(warning -> words.println("Warning: " + warning));
            });
            return ExitCodes.OK;
        } catch (InvalidInputException invalid) {
            if (!report.isJson()) {
                throw invalid;
            }
            report.print(out, new ValidationJson(file.toString(), false, invalid.problems(), List.of(), List.of()),
                    words -> { });
            return ExitCodes.INVALID_INPUT;
        }
    }
}
