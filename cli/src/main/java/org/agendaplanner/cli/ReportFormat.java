package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the analysis commands, and the one place that prints either. */
public class ReportFormat {

    /** For people, or as stable JSON for other tools and CI (documented in the README). */
    enum Choice {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Choice format;

    boolean isJson() {
        return format == Choice.json;
    }

    /** Prints the report as JSON, or in words as {@code words} writes them; flushes either way. */
    void print(PrintWriter out, Object json, Consumer<PrintWriter> words) {
        if (isJson()) {
            out.print(JsonOutput.of(json));
        } else {
            words.accept(out);
        }
        out.flush();
    }
}
