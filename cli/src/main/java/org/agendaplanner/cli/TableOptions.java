package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.render.Format;
import org.agendaplanner.render.UnStyle;

import picocli.CommandLine.Option;

/** The language and format of the organization of work, for the commands that print it. */
public class TableOptions {

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the table: ar, zh, en, fr, ru, es (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Format: text, md, csv, json, html (default: ${DEFAULT-VALUE}).")
    String formatName;

    UnStyle style() {
        return UnStyle.forCode(language).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown language \"" + language + "\". Use one of: ar, zh, en, fr, ru, es."));
    }

    Format format() {
        return Format.forName(formatName).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown format \"" + formatName + "\". Use one of: text, md, csv, json, html."));
    }

    /** Refuses an output that is the input file itself: a planner's file is never overwritten by accident. */
    static void refuseOverwritingInput(Path input, Path output, String remedy) throws IOException {
        if (output != null && Files.exists(input) && Files.exists(output) && Files.isSameFile(input, output)) {
            throw new CliException(ExitCodes.USAGE, "The output " + output + " is the input file; it would be "
                    + "overwritten. " + remedy);
        }
    }
}
