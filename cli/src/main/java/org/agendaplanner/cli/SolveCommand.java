package org.agendaplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.render.Annex;
import org.agendaplanner.render.Format;
import org.agendaplanner.render.UnStyle;
import org.agendaplanner.solver.analysis.Diagnosis;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.exact.ExactPlan;
import org.agendaplanner.solver.exact.ExactPlanner;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
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

    @Option(names = "--unimproved-steps", paramLabel = "N", defaultValue = "5000",
            description = "Stop after N steps without a better programme (default: ${DEFAULT-VALUE}); the result "
                    + "then depends only on the file and the seed. Not when the exact program has proven the "
                    + "optimum: the search then goes on until it reaches it.")
    int unimprovedSteps;

    @Option(names = "--move-limit", paramLabel = "N",
            description = "Stop after N moves instead of --unimproved-steps: the result is then the same on every "
                    + "machine, however fast or loaded, which is what a regression check in CI wants.")
    Long moveLimit;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    TableOptions table;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress while solving.")
    boolean quiet;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Solve a scenario without editing the file, e.g. --set interpretation.maxSessions=3 "
                    + "--set weights.overnightContinuation=50. Keys: " + ScenarioSettings.KEYS + ".",
                    "The solved file carries the changed figures and lists the settings in programme.overrides."})
    List<String> settings = new ArrayList<>();

    @Option(names = "--alternatives", paramLabel = "N", defaultValue = "1",
            description = "Write N good programmes that each start at least one item in another session than the "
                    + "ones before (OUT-1.json, OUT-2.json, ...), and print a comparison of them.")
    int alternatives;

    @Option(names = "--exact", description = "For one body in strict agenda order, plan with the exact dynamic "
            + "program instead of the search; where it does not apply, say why and search as usual.")
    boolean exact;

    /** Up to this size the exact program runs before the search, so the search can stop at the proven optimum. */
    private static final int PROVE_OPTIMUM_UP_TO_ITEMS = 100;

    private volatile boolean interrupted;
    private volatile AgendaSolver running;
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        var style = table.style();
        var format = table.format();
        if (alternatives < 1) {
            throw new CliException(ExitCodes.USAGE, "--alternatives takes 1 or more, not " + alternatives + ".");
        }
        if (moveLimit != null && moveLimit < 1) {
            throw new CliException(ExitCodes.USAGE, "--move-limit takes 1 or more, not " + moveLimit + ".");
        }
        var target = output != null ? output : defaultOutput(file);
        if (!force) {
            TableOptions.refuseOverwritingInput(file, target, "Give another -o, or add --force to replace it.");
        }
        var meeting = ScenarioSettings.apply(MeetingFiles.read(file), settings);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();

        var solverSettings = AgendaSolver.Settings.defaults().withSeed(seed).withTimeLimit(timeLimit)
                .withUnimprovedStepLimit(unimprovedSteps).withMoveLimit(moveLimit);
        var written = new CountDownLatch(1);
        var interruption = new Thread(() -> {
            interrupted = true;
            var solver = running;
            if (solver != null) {
                solver.stopEarly();
            }
            awaitQuietly(written);
        }, "agenda-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(interruption);
        try {
            var earlier = new ArrayList<EarlierAlternative>();
            var files = new ArrayList<Path>();
            MeetingFile best = null;
            for (int number = 1; number <= alternatives && !interrupted; number++) {
                var solvedFile = solveOnce(meeting, earlier, solverSettings, err);
                if (number > 1 && HardMediumSoftScore.parseScore(solvedFile.programme().score()).hardScore() < 0) {
                    err.println("No further alternative without breaking a hard rule; stopped at " + (number - 1) + ".");
                    break;
                }
                var path = alternatives == 1 ? target : numbered(target, number);
                write(solvedFile, path);
                files.add(path);
                if (best == null) {
                    best = solvedFile;
                }
                earlier.add(alternativeOf(number, solvedFile));
            }
            written.countDown();
            report(best, files, style, format, out, err);
            var score = HardMediumSoftScore.parseScore(best.programme().score());
            return score.hardScore() == 0 && score.mediumScore() == 0 ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        } finally {
            written.countDown();
            removeHook(interruption);
        }
    }

    private MeetingFile solveOnce(MeetingFile meeting, List<EarlierAlternative> earlier,
            AgendaSolver.Settings solverSettings, PrintWriter err) throws Exception {
        var planning = ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE);
        planning.solution().setEarlierAlternatives(List.copyOf(earlier));
        var exactPlan = ExactPlanner.reasonNotApplicable(planning.solution()).isEmpty()
                && (exact || meeting.items().size() <= PROVE_OPTIMUM_UP_TO_ITEMS)
                ? ExactPlanner.solve(planning.solution()) : Optional.<ExactPlan> empty();
        // Only a programme that places every item without a hard break is the optimum overall: otherwise
        // leaving items out can do better, which is the search's business.
        var optimum = exactPlan.map(ExactPlan::score)
                .filter(score -> score.hardScore() == 0 && score.mediumScore() == 0)
                .orElse(null);
        if (exact && optimum != null) {
            var solved = AgendaSolver.score(exactPlan.get().applyTo(planning.solution()));
            notes.add("Exact optimum, planned by the dynamic program.");
            return meeting.withProgramme(ProgrammeWriter.programmeOf(solved, planning.clock()).withOverrides(settings));
        }
        if (exact) {
            notes.add("--exact does not apply: " + ExactPlanner.reasonNotApplicable(planning.solution())
                    .orElse("no programme places every item without breaking a hard rule")
                    + "; planned with the search instead.");
        }
        long startNanos = System.nanoTime();
        running = new AgendaSolver(solverSettings.withProvenOptimum(optimum));
        var solved = running.solve(planning.solution(), score -> {
            if (!quiet) {
                err.printf(Locale.ROOT, "  best %s after %.1f s%n", score, (System.nanoTime() - startNanos) / 1e9);
                err.flush();
            }
        });
        if (optimum != null && solved.getScore().equals(optimum)) {
            notes.add("Proven optimal: the exact dynamic program finds nothing better.");
        } else if (optimum != null) {
            // A limit (time, moves, Ctrl-C) stopped the search short of the optimum the exact program found.
            notes.add(String.format(Locale.ROOT, "The search stopped at %s, before it reached the exact dynamic "
                    + "program's optimum; that optimum, %s, is written instead.", solved.getScore(), optimum));
            solved = AgendaSolver.score(exactPlan.get().applyTo(
                    ProblemFactory.build(meeting, file.toString(), ProblemFactory.ProgrammeUse.IGNORE).solution()));
        }
        var programme = ProgrammeWriter.programmeOf(solved, planning.clock()).withOverrides(settings);
        return meeting.withProgramme(programme);
    }

    private static EarlierAlternative alternativeOf(int number, MeetingFile solvedFile) {
        var sessions = new LinkedHashMap<String, String>();
        solvedFile.programme().items().forEach(start -> sessions.put(start.item(), start.session()));
        return new EarlierAlternative(number, sessions, solvedFile.items().size());
    }

    /** The table of the best programme; with alternatives, a comparison of them all. */
    private void report(MeetingFile best, List<Path> files, UnStyle style, Format format, PrintWriter out,
            PrintWriter err) {
        var written = new ArrayList<>(files);
        if (format.binary()) {
            // A document is never printed: it goes beside the (best) solved file.
            var document = TableOptions.documentBeside(files.get(0), style.code(), format);
            TableOptions.write(document, format.bytes(Annex.of(best, style), null));
            written.add(document);
        } else {
            out.print(format.render(Annex.of(best, style), table.scoreToShow(best.programme().score(), format)));
        }
        // Only the plain-text table shares standard output with the summary, so other formats stay clean files.
        var summary = format == Format.TEXT || format.binary() ? out : err;
        summary.println();
        summary.println("Score: " + best.programme().score());
        notes.stream().distinct().forEach(summary::println);
        if (best.programme().unscheduled() != null) {
            summary.println("Unscheduled: " + String.join(", ", best.programme().unscheduled()));
            diagnose(best).forEach(reason -> summary.println("  " + reason));
        }
        summary.println("Wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        summary.flush();
        if (files.size() > 1) {
            out.println();
            var compare = new ArrayList<String>(List.of("compare"));
            files.forEach(path -> compare.add(path.toString()));
            spec.root().commandLine().execute(compare.toArray(String[]::new));
        }
        out.flush();
    }

    /** Why each left-out item found no place, read off the programme as written. */
    private List<String> diagnose(MeetingFile solved) {
        try {
            var planning = ProblemFactory.build(solved, file.toString(), ProblemFactory.ProgrammeUse.AS_DRAFT);
            ScoreReport.of(planning.solution());
            return Diagnosis.ofUnscheduled(planning.solution());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("A solved file failed its own validation", e);
        }
    }

    /** out.json becomes out-2.json. */
    static Path numbered(Path target, int number) {
        var name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        var numberedName = dot < 0 ? name + "-" + number : name.substring(0, dot) + "-" + number + name.substring(dot);
        return target.resolveSibling(numberedName);
    }

    private static void write(MeetingFile solvedFile, Path target) {
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
