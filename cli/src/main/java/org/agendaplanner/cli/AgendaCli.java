package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.agendaplanner.model.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code agenda} command: plans the organization of work of a meeting. */
@Command(name = "agenda",
        mixinStandardHelpOptions = true,
        versionProvider = AgendaCli.ManifestVersion.class,
        description = "Plans the organization of work of an intergovernmental meeting.",
        subcommands = {SolveCommand.class, ValidateCommand.class, ScoreCommand.class, ExplainCommand.class,
                CompareCommand.class, RecommendCommand.class, RenderCommand.class, GenerateCommand.class,
                NewCommand.class, ReplanCommand.class, SchemaCommand.class, ServeCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
public class AgendaCli {

    /**
     * Timefold registers its metrics with Micrometer once per solver, and Micrometer warns on standard error, through
     * java.util.logging, when two solvers run at once (the remedies tried side by side). Nothing is wrong, and the
     * command line reads no metrics: its logger is silenced, and held here so that the setting is not collected.
     */
    private static final Logger MICROMETER = Logger.getLogger("io.micrometer");

    static {
        MICROMETER.setLevel(Level.OFF);
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line with the given writers, so tests can run commands in-process. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new AgendaCli());
        commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCodes.meanings());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            var verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
            var errors = command.getErr();
            if (exception instanceof InvalidInputException invalid) {
                invalid.problems().forEach(problem -> errors.println(problem.describe(invalid.fileName())));
                errors.flush();
                return ExitCodes.INVALID_INPUT;
            }
            if (exception instanceof CliException cli) {
                errors.println(cli.getMessage());
                errors.flush();
                return cli.exitCode();
            }
            errors.println("Internal error: " + exception);
            errors.println(verbose ? "" : "Run again with --verbose for the details, and report them as an issue.");
            if (verbose) {
                exception.printStackTrace(errors);
            }
            errors.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** The version is the jar's, written into its manifest by the build. */
    static class ManifestVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = AgendaCli.class.getPackage().getImplementationVersion();
            return new String[] {"Agenda Planner " + (version == null ? "(development build)" : version)};
        }
    }
}
