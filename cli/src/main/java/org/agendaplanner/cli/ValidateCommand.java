package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Problem;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(paramLabel = "FILE", description = "The meeting file (JSON, or YAML with .yaml/.yml).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The JSON form (documented in the README): every problem with where it is and how to fix it. */
    record ValidationJson(String file, boolean valid, List<Problem> problems) {
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try {
            var meeting = MeetingReader.read(file);
            ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
            if (format == OutputFormat.json) {
                out.print(JsonOutput.of(new ValidationJson(file.toString(), true, List.of())));
            } else {
                out.println(file + ": valid (" + meeting.items().size() + " items, " + meeting.sessions().size()
                        + " sessions" + (meeting.programme() == null ? "" : ", with a programme") + ").");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidInputException invalid) {
            if (format != OutputFormat.json) {
                throw invalid;
            }
            out.print(JsonOutput.of(new ValidationJson(file.toString(), false, invalid.problems())));
            out.flush();
            return ExitCodes.INVALID_INPUT;
        }
    }
}
