package org.agendaplanner.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** The meeting file a command reads, its first argument. */
public class InputFile {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The meeting file: JSON, or YAML with .yaml/.yml (for score, explain, recommend and render, "
                    + "one with a programme).")
    Path file;

    Path path() {
        return file;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
