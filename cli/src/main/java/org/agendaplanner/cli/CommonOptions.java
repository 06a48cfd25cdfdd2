package org.agendaplanner.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public class CommonOptions {

    @Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;
}
