package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic meeting of a given size, reproducibly from a seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic meeting: weekdays of 10 a.m.-1 p.m. and 3-6 p.m. sessions, a plenary, "
                + "a Committee of the Whole and working groups, a UN-style agenda.",
                "The same options give the same file, byte for byte. The meeting is feasible by construction unless "
                        + "--infeasible is given."})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--days", defaultValue = "5", description = "Meeting days, Monday to Friday (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--bodies", defaultValue = "1",
            description = "Bodies: the plenary, then a Committee of the Whole, then working groups (default: ${DEFAULT-VALUE}).")
    int bodies;

    @Option(names = "--items", defaultValue = "30", description = "Agenda items (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--teams", defaultValue = "1",
            description = "Interpretation teams; bodies beyond them meet without interpretation (default: ${DEFAULT-VALUE}).")
    int teams;

    @Option(names = "--fixed-share", defaultValue = "0.05", paramLabel = "SHARE",
            description = "Share of items with a fixed start, the opening included (default: ${DEFAULT-VALUE}).")
    double fixedShare;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--infeasible", description = "Give every body more business than time.")
    boolean infeasible;

    @ArgGroup(exclusive = true)
    Destination destination;

    /** Either a file or a directory for the file named after the meeting's size. */
    static class Destination {

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the meeting.")
        Path output;

        @Option(names = "--directory", paramLabel = "DIR",
                description = "Write into DIR, under a name that gives the size, e.g. "
                        + "generated-10days-4bodies-300items-seed7.json (default: the current directory).")
        Path directory;
    }

    @Override
    public Integer call() {
        MeetingGenerator.Parameters parameters;
        MeetingFile meeting;
        try {
            parameters = new MeetingGenerator.Parameters(days, bodies, items, teams, fixedShare, seed, !infeasible);
            meeting = MeetingGenerator.generate(parameters);
        } catch (IllegalArgumentException e) {
            // A size out of range, or too many items for the days: options to change, not a fault of the tool.
            throw new CliException(ExitCodes.USAGE, "Cannot generate: " + e.getMessage());
        }
        var target = destination != null && destination.output != null ? destination.output
                : (destination != null ? destination.directory : Path.of("")).resolve(parameters.fileName());
        try {
            MeetingWriter.write(meeting, target);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + target + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(target);
        return ExitCodes.OK;
    }
}
