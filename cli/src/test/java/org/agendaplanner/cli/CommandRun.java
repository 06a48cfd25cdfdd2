package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the agenda command line: what it printed and what it returned. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exitCode = AgendaCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
