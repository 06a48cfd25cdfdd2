package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.render.Annex;
import org.agendaplanner.render.Format;
import org.agendaplanner.render.UnStyle;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Plans a meeting, prints its organization of work and score, and writes the solved file. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Plans a meeting: prints the organization of work and the score, and writes the solved file.",
                "The same file, seed and limits give the same programme. Ctrl-C stops the search and keeps the best "
                        + "programme found."})
public class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The meeting file (JSON, or YAML with .yaml/.yml).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the solved file (default: FILE's name with .solved.json, in the current "
                    + "directory).")
    Path output;

    @Option(names = "--force", description = "Allow OUT to be the input file itself.")
    boolean force;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Stop searching after this long at most, e.g. 10s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the table: ar, zh, en, fr, ru, es (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Format of the printed table: text, md, csv, json, html (default: ${DEFAULT-VALUE}).")
    String formatName;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress while solving.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        var style = UnStyle.forCode(language).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown language \"" + language + "\". Use one of: ar, zh, en, fr, ru, es."));
        var format = Format.forName(formatName).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "Unknown format \"" + formatName + "\". Use one of: text, md, csv, json, html."));
        var target = output != null ? output : defaultOutput(file);
        if (!force && Files.exists(file) && Files.exists(target) && Files.isSameFile(file, target)) {
            throw new CliException(ExitCodes.USAGE, "The output " + target + " is the input file; it would be "
                    + "overwritten. Give another -o, or add --force to replace it.");
        }
        var meeting = MeetingFiles.read(file);
        var planning = ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();

        var solver = new AgendaSolver(AgendaSolver.Settings.defaults().withSeed(seed).withTimeLimit(timeLimit));
        long startNanos = System.nanoTime();
        var written = new CountDownLatch(1);
        var interruption = new Thread(() -> {
            solver.stopEarly();
            awaitQuietly(written);
        }, "agenda-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(interruption);
        try {
            var solved = solver.solve(planning.solution(), score -> {
                if (!quiet) {
                    err.printf(Locale.ROOT, "  best %s after %.1f s%n", score, (System.nanoTime() - startNanos) / 1e9);
                    err.flush();
                }
            });
            var solvedFile = ProgrammeWriter.solvedFile(meeting, solved, planning.clock());
            write(solvedFile, target);
            written.countDown();

            out.print(format.render(Annex.of(solvedFile, style), solvedFile.programme().score()));
            out.println();
            out.println("Score: " + solved.getScore());
            if (solvedFile.programme().unscheduled() != null) {
                out.println("Unscheduled: " + String.join(", ", solvedFile.programme().unscheduled()));
            }
            out.println("Wrote " + target);
            out.flush();
            return solved.getScore().isFeasible() && solved.getScore().mediumScore() == 0
                    ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        } finally {
            written.countDown();
            removeHook(interruption);
        }
    }

    private static void write(org.agendaplanner.model.MeetingFile solvedFile, Path target) {
        try {
            MeetingFiles.write(solvedFile, target);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
    }

    static Path defaultOutput(Path input) {
        var name = input.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
        return Path.of(name + ".solved.json");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting: the hook is running and will see the latch released.
        }
    }

    /** Accepts 10s, 2m, 1h, a bare number of seconds, or ISO 8601 (PT30S). */
    static class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            var text = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (text.startsWith("pt")) {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                }
                if (text.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                }
                if (text.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
                }
                if (text.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
                }
                if (text.endsWith("h")) {
                    return Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a duration; write e.g. 10s, 2m or PT30S");
            }
        }
    }
}
