package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() throws Exception {
        var meeting = MeetingFiles.read(file);
        ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
        var out = spec.commandLine().getOut();
        out.println(file + ": valid (" + meeting.items().size() + " items, " + meeting.sessions().size()
                + " sessions" + (meeting.programme() == null ? "" : ", with a programme") + ").");
        return ExitCodes.OK;
    }
}
