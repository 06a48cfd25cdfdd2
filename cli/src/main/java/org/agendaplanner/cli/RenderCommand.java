package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.render.Annex;
import org.agendaplanner.solver.analysis.DerivedProgramme;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the organization of work of a solved file in one language and one format, without solving again. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Prints the organization of work of a solved file (or a planner's draft: item starts are "
                + "enough) as a table (text, Markdown, CSV), JSON, or a self-contained HTML page.")
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Mixin
    TableOptions table;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT (replaced whole, never half-written) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        var file = input.path();
        var style = table.style();
        var format = table.format();
        TableOptions.refuseOverwritingInput(file, output, "Give another -o.");
        // The segments and the score are derived from the item starts, never taken from the file: a hand edit
        // leaves the file's own copies stale, and a planner's draft need not have them.
        var meeting = DerivedProgramme.of(ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_DRAFT));
        var rendered = format.render(Annex.of(meeting, style), meeting.programme().score());
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(output, rendered);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + output + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
        spec.commandLine().getErr().println("Wrote " + output);
        return ExitCodes.OK;
    }
}
