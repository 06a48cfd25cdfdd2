package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.render.Annex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the organization of work of a solved file in one language and one format, without solving again. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Prints the organization of work of a solved file as a table (text, Markdown, CSV), JSON, "
                + "or a self-contained HTML page.")
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
        var meeting = MeetingFiles.read(file);
        if (meeting.programme() == null || meeting.programme().segments() == null) {
            throw new CliException(ExitCodes.INVALID_INPUT, file + ": no programme to render. Run `agenda solve "
                    + file + "` first, then render the solved file it writes.");
        }
        var rendered = format.render(Annex.of(meeting, style), meeting.programme().score());
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            MeetingFiles.writeAtomically(output, rendered);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + output + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
        spec.commandLine().getErr().println("Wrote " + output);
        return ExitCodes.OK;
    }
}
