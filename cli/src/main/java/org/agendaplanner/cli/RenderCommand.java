package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.render.Annex;
import org.agendaplanner.solver.analysis.DerivedProgramme;
import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the organization of work of a solved file in one language and one format, without solving again. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Prints the organization of work of a solved file (or a planner's draft: item starts are "
                + "enough) as a table (text, Markdown, CSV), JSON, a self-contained HTML page, or writes it as a "
                + "Word document.")
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
        var language = table.annexLanguage();
        var format = table.format();
        if (format.binary() && output == null) {
            // A document is bytes: on a terminal it is noise, and standard output here is a text writer.
            throw new CliException(ExitCodes.USAGE, "A Word document is written to a file, not printed. Fix: add -o "
                    + TableOptions.documentBeside(file.getFileName(), language.code(), format) + ".");
        }
        TableOptions.refuseOverwritingInput(file, output, "Give another -o.");
        // The segments and the score are derived from the item starts, never taken from the file: a hand edit
        // leaves the file's own copies stale, and a planner's draft need not have them.
        var meeting = DerivedProgramme.of(ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_DRAFT));
        var annex = Annex.of(meeting, language);
        var score = table.scoreToShow(meeting.programme().score(), format);
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(format.render(annex, score));
            out.flush();
            return ExitCodes.OK;
        }
        TableOptions.write(output, format.bytes(annex, score));
        spec.commandLine().getErr().println("Wrote " + output);
        return ExitCodes.OK;
    }
}
