package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.model.Languages;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.render.Format;
import org.agendaplanner.render.AnnexLanguage;

import picocli.CommandLine.Option;

/** The language and format of the organization of work, for the commands that print it. */
public class TableOptions {

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the table: " + Languages.LISTED + " (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Format: text, md, csv, json, html, docx (default: ${DEFAULT-VALUE}). A Word document "
                    + "(docx) is written to a file, never printed.")
    String formatName;

    @Option(names = "--show-score", description = "Show the programme's score on the HTML page too; it is left off "
            + "by default, the page being meant for publishing. The JSON always carries it.")
    boolean showScore;

    AnnexLanguage annexLanguage() {
        return AnnexLanguage.forCode(language).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown language \"" + language + "\". Use one of: " + Languages.LISTED + "."));
    }

    Format format() {
        return Format.forName(formatName).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown format \"" + formatName + "\". Use one of: text, md, csv, json, html, docx."));
    }

    /** The score as the format is to show it: the JSON always, the HTML page only when asked, else null. */
    String scoreToShow(String score, Format format) {
        return showScore || format == Format.JSON ? score : null;
    }

    /** Where a document goes when the command is not told: beside {@code file}, e.g. m.solved.json to m.solved.ar.docx. */
    static Path documentBeside(Path file, String language, Format format) {
        var name = file.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
        return file.resolveSibling(name + "." + language + "." + format.extension());
    }

    /** Writes an output whole or not at all; a failure is exit code 5 with what to check. */
    static void write(Path output, byte[] content) {
        try {
            AtomicFiles.write(output, content);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + output + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
    }

    /** Refuses an output that is the input file itself: a planner's file is never overwritten by accident. */
    static void refuseOverwritingInput(Path input, Path output, String remedy) throws IOException {
        if (output != null && Files.exists(input) && Files.exists(output) && Files.isSameFile(input, output)) {
            throw new CliException(ExitCodes.USAGE, "The output " + output + " is the input file; it would be "
                    + "overwritten. " + remedy);
        }
    }
}
