package org.agendaplanner.cli;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.render.Annex;
import org.agendaplanner.render.Format;
import org.agendaplanner.render.AnnexLanguage;
import org.agendaplanner.solver.analysis.Diagnosis;
import org.agendaplanner.solver.analysis.Fitting;
import org.agendaplanner.solver.plan.BoundJson;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.Remedies;
import org.agendaplanner.solver.plan.RemediesJson;
import org.agendaplanner.solver.plan.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plans a meeting, prints its organization of work and score, and writes the solved file. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Plans a meeting: prints the organization of work and the score, and writes the solved file.",
                "The same file, seed and limits give the same programme. Ctrl-C or SIGTERM stops the search within "
                        + "a second and writes the best programme found so far (beside OUT when OUT exists)."})
public class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the solved file: YAML when OUT ends in .yaml or .yml, else JSON (default: "
                    + "FILE's name with .solved.json, or .solved.yaml for a YAML FILE, in the current directory).")
    Path output;

    @Option(names = "--force", description = "Allow OUT (or, with --alternatives, OUT-1, OUT-2, ...) to be the input "
            + "file itself.")
    boolean force;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Finish within this long, reading the file included, e.g. 10s, 2m (default: "
                    + "${DEFAULT-VALUE}); alternatives share it. Writing the result comes on top.")
    Duration timeLimit;

    @Option(names = "--unimproved-steps", paramLabel = "N",
            description = "Stop after N steps without a better programme (default: 5000, or 100 per item when that "
                    + "is more, so 30000 for 300 items); the result then depends only on the file and the seed.")
    Integer unimprovedSteps;

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
                    + "--set weights.overnightContinuation=50. Keys: " + Scenario.KEYS + ".",
                    "The solved file carries the changed figures and lists the settings in programme.overrides."})
    List<String> settings = new ArrayList<>();

    @Option(names = "--alternatives", paramLabel = "N", defaultValue = "1",
            description = "Write N good programmes that each start at least one item in another session than the "
                    + "ones before (OUT-1.json, OUT-2.json, ...), and print a comparison of them.")
    int alternatives;

    @Mixin
    RemedyOptions remedyOptions;

    @Mixin
    ParallelOption parallel;

    @Option(names = "--exact", description = "For one body in strict agenda order, plan with the exact dynamic "
            + "program instead of the search; where it does not apply, say why and search as usual.")
    boolean exact;

    /** At most this many unscheduled items are listed, each with why it found no place. */
    private static final int UNSCHEDULED_LISTED = 50;

    /** How long a signal waits for the programme found so far to be written before the JVM ends regardless. */
    private static final Duration WRITE_AFTER_SIGNAL = Duration.ofSeconds(10);

    @Override
    public Integer call() throws Exception {
        long startNanos = System.nanoTime();
        var file = input.path();
        var language = table.annexLanguage();
        var format = table.format();
        if (alternatives < 1) {
            throw new CliException(ExitCodes.USAGE, "--alternatives takes 1 or more, not " + alternatives + ".");
        }
        if (unimprovedSteps != null && unimprovedSteps < 1) {
            throw new CliException(ExitCodes.USAGE, "--unimproved-steps takes 1 or more, not " + unimprovedSteps + ".");
        }
        if (moveLimit != null && moveLimit < 1) {
            throw new CliException(ExitCodes.USAGE, "--move-limit takes 1 or more, not " + moveLimit + ".");
        }
        var target = output != null ? output : defaultOutput(file);
        var targets = alternatives == 1 ? List.of(target)
                : IntStream.rangeClosed(1, alternatives).mapToObj(number -> numbered(target, number)).toList();
        if (!force) {
            for (var each : targets) {
                TableOptions.refuseOverwritingInput(file, each, "Give another -o, or add --force to replace it.");
            }
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();

        // Watched from before the file is read, so that a signal while reading is answered too, not met by silence.
        var stop = new Planner.Stop();
        var programmeFound = new AtomicBoolean();
        var finished = new CountDownLatch(1);
        var onSignal = new Thread(() -> stopOnSignal(stop, programmeFound, finished, err), "agenda-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            var meeting = MeetingReader.read(file);
            if (stop.isRequested()) {
                return ExitCodes.INTERRUPTED; // the signal handler has said so
            }
            var settings = Planner.Settings.defaults().withSeed(seed)
                    // The limit counts from the start of the command, reading the file included.
                    .withTimeLimit(timeLimit.minusNanos(System.nanoTime() - startNanos))
                    .withUnimprovedStepLimit(unimprovedSteps).withMoveLimit(moveLimit).withExactOnly(exact)
                    .withOverrides(this.settings).withAlternatives(alternatives).withStop(stop)
                    .withParallelism(parallel.parallelism())
                    .withProgress((alternative, score, elapsed) -> {
                        programmeFound.set(true);
                        if (!quiet) {
                            var line = progressLine(score, elapsed);
                            // Alternatives after the first are searched side by side: say whose progress it is.
                            err.println(alternatives == 1 ? line
                                    : "  alternative " + alternative + "," + line.substring(1));
                            err.flush();
                        }
                    });
            Planner.Plan plan;
            try {
                plan = Planner.plan(meeting, file.toString(), settings);
            } catch (Scenario.InvalidSettingException e) {
                throw new CliException(ExitCodes.USAGE, "--set: " + e.getMessage());
            }
            if (plan.alternatives().isEmpty()) {
                return ExitCodes.INTERRUPTED; // the signal handler has said so
            }
            var written = new ArrayList<Path>();
            var notes = new ArrayList<String>();
            for (var alternative : plan.alternatives()) {
                var path = targets.get(alternative.number() - 1);
                boolean last = alternative.number() == plan.alternatives().size();
                if (plan.stopped() && last && Files.exists(path)) {
                    // Never replace a finished programme with one cut short: keep the old, put the new beside it.
                    var beside = interruptedBeside(path);
                    if (!force) {
                        TableOptions.refuseOverwritingInput(file, beside, "Give another -o.");
                    }
                    notes.add("Kept the existing " + path + "; the programme found so far is in " + beside + ".");
                    path = beside;
                }
                write(alternative.solvedFile(), path);
                written.add(path);
            }
            var solved = plan.best().orElseThrow().solvedFile();
            var remedies = remedyOptions.none || plan.stopped() || !Remedies.worthLooking(solved) ? null
                    : Remedies.find(meeting, file.toString(), solved, settings, remedyOptions.timeLimit,
                            parallel.parallelism());
            report(plan, remedies, written, notes, Duration.ofNanos(System.nanoTime() - startNanos), language, format,
                    out, err);
            if (plan.stopped()) {
                return ExitCodes.INTERRUPTED;
            }
            return plan.best().orElseThrow().isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        } finally {
            finished.countDown();
            removeHook(onSignal);
        }
    }

    /**
     * On SIGINT (Ctrl-C) or SIGTERM: stop the solve, and let the command write and report what it has before the
     * JVM ends. With nothing found yet there is nothing to wait for.
     */
    private static void stopOnSignal(Planner.Stop stop, AtomicBoolean programmeFound, CountDownLatch finished,
            PrintWriter err) {
        stop.request();
        if (!programmeFound.get()) {
            err.println("Interrupted before a programme was found; nothing written.");
            err.flush();
            return;
        }
        long deadline = System.nanoTime() + WRITE_AFTER_SIGNAL.toNanos();
        try {
            // Asked again and again: a stop asked the instant a search begins can be lost inside Timefold.
            while (!finished.await(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
                stop.request();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting: the hook is running and has seen the latch released.
        }
    }

    /**
     * What a planner reads while the search runs: whether the best programme so far places all the business and
     * keeps the hard rules, then its score for those who compare runs.
     */
    static String progressLine(HardMediumSoftLongScore score, Duration elapsed) {
        var state = score.hardScore() < 0 ? "still breaks a hard rule"
                : score.mediumScore() < 0 ? "leaves business out"
                : "every item placed";
        return String.format(Locale.ROOT, "  best so far after %.1f s: %s (score %s)", elapsed.toNanos() / 1e9, state,
                score);
    }

    /** out.json becomes out.interrupted.json. */
    static Path interruptedBeside(Path target) {
        var name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        var besideName = dot < 0 ? name + ".interrupted" : name.substring(0, dot) + ".interrupted" + name.substring(dot);
        return target.resolveSibling(besideName);
    }

    /** The table of the best programme; with alternatives, a comparison of them all. */
    private void report(Planner.Plan plan, Remedies.Search remedies, List<Path> files, List<String> writeNotes,
            Duration time, AnnexLanguage language, Format format, PrintWriter out, PrintWriter err) {
        var best = plan.best().orElseThrow();
        var bestFile = best.solvedFile();
        var written = new ArrayList<>(files);
        var summary = format == Format.TEXT || format.binary() ? out : err;
        var requiredLeftOut = Fitting.requiredLeftOut(best.solution());
        if (!requiredLeftOut.isEmpty()) {
            // Said first: a programme without a required item (the opening, the adoption of the report) is not one
            // a secretariat can publish, whatever the table below looks like.
            summary.println("Required business left out: " + String.join("; ", requiredLeftOut) + ". Nothing else "
                    + "could make room for it; this programme cannot be published as it stands.");
            summary.println();
        }
        if (format.binary()) {
            // A document is never printed: it goes beside the (best) solved file.
            var document = TableOptions.documentBeside(files.get(0), language.code(), format);
            TableOptions.write(document, format.bytes(Annex.of(bestFile, language), null));
            written.add(document);
        } else {
            var rendered = format.render(Annex.of(bestFile, language),
                    table.scoreToShow(bestFile.programme().score(), format));
            if (format == Format.JSON) {
                // The bound and the remedies go in the one document a script reads, after the annex's own fields.
                var document = (ObjectNode) JsonOutput.tree(rendered);
                document.putPOJO("bound", BoundJson.of(plan));
                if (remedies != null) {
                    document.putPOJO("remedies", RemediesJson.of(remedies));
                }
                rendered = JsonOutput.of(document);
            }
            out.print(rendered);
        }
        // Only the plain-text table shares standard output with the summary, so other formats stay clean files.
        summary.println();
        summary.println("Score: " + bestFile.programme().score());
        notes(best).forEach(summary::println);
        boundNote(plan).ifPresent(summary::println);
        var last = plan.alternatives().get(plan.alternatives().size() - 1);
        if (plan.stopped()) {
            summary.printf(Locale.ROOT, "Interrupted after %.1f s: %s%n", time.toNanos() / 1e9, alternatives == 1
                    ? "the best programme found so far, not the end of the search."
                    : "alternative " + last.number() + " is the best found so far, not the end of its search.");
        } else if (plan.alternatives().size() < alternatives) {
            summary.println("No further alternative without breaking a hard rule; stopped at "
                    + plan.alternatives().size() + ".");
        }
        Fitting.shortened(best.solution()).forEach(line -> summary.println("Shortened: " + line));
        var unscheduled = bestFile.programme().unscheduled();
        if (unscheduled != null) {
            summary.println("Unscheduled: " + String.join(", ", unscheduled.subList(0,
                    Math.min(unscheduled.size(), UNSCHEDULED_LISTED)))
                    + (unscheduled.size() > UNSCHEDULED_LISTED ? ", and " + (unscheduled.size() - UNSCHEDULED_LISTED)
                            + " more (programme.unscheduled lists them all)" : ""));
            if (!best.constructionFinished()) {
                summary.println("  " + (plan.stopped() ? "The interruption" : "A limit") + " came before the search "
                        + "had tried every item: those it had not reached are left out for want of time, not of room.");
            } else if (unscheduled.size() <= UNSCHEDULED_LISTED) {
                Diagnosis.ofUnscheduled(best.solution()).forEach(reason -> summary.println("  " + reason));
            }
        }
        if (remedies != null) {
            RemedyReport.print(remedies, summary);
        }
        writeNotes.forEach(summary::println);
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

    /** How the best programme was found, in a sentence or two. */
    private static List<String> notes(Planner.Alternative best) {
        var notes = new ArrayList<String>();
        best.exactNotApplicable().ifPresent(reason -> notes.add("--exact does not apply: " + reason
                + "; planned with the search instead."));
        switch (best.method()) {
            case EXACT -> notes.add("Proven optimal: planned by the exact dynamic program, which finds nothing better.");
            case SEARCH_REACHED_OPTIMUM -> notes.add("Proven optimal: the exact dynamic program finds nothing better.");
            case EXACT_AFTER_LIMIT -> notes.add(String.format(Locale.ROOT, "The search stopped at %s, before it "
                    + "reached the exact dynamic program's optimum; that optimum, %s, is written instead.",
                    best.searchScore(), best.provenOptimum()));
            case SEARCH -> { }
        }
        return notes;
    }

    /**
     * How far the best programme can be from the optimum, where the exact program did not prove it: within so much of
     * the proven bound, or why there is none.
     */
    static Optional<String> boundNote(Planner.Plan plan) {
        var bound = plan.bound();
        if (bound == null) {
            return Optional.empty();
        }
        if (!bound.applies()) {
            return Optional.of("No proven bound: " + bound.reasonNotApplicable() + ".");
        }
        var how = "each of the " + bound.bodies().size() + " bodies planned alone by the exact dynamic program, with "
                + "what couples them relaxed";
        var gap = bound.softGapTo(plan.best().orElseThrow().score());
        if (gap.isEmpty()) {
            return Optional.of("Proven bound: no programme scores better than " + bound.score() + " (" + how + "); "
                    + "this one breaks a hard rule or leaves items out.");
        }
        if (gap.get() == 0) {
            return Optional.of("Proven optimal: the score equals a proven bound (" + how + ").");
        }
        return Optional.of(String.format(Locale.ROOT, "Within %d of a proven bound: no programme scores better than "
                + "%s (%s).", gap.get(), bound.score(), how));
    }

    /** out.json becomes out-2.json. */
    static Path numbered(Path target, int number) {
        var name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        var numberedName = dot < 0 ? name + "-" + number : name.substring(0, dot) + "-" + number + name.substring(dot);
        return target.resolveSibling(numberedName);
    }

    /** Writes a solved or revised file whole, as YAML or JSON by its name; the one way the commands write one. */
    static void write(MeetingFile solvedFile, Path target) {
        try {
            if (MeetingYaml.isYaml(target)) {
                AtomicFiles.write(target, MeetingYaml.of(solvedFile));
            } else {
                MeetingWriter.write(solvedFile, target);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
    }

    static Path defaultOutput(Path input) {
        if (input.toString().equals("-")) {
            return Path.of("stdin.solved.json"); // "-" is standard input
        }
        var name = input.getFileName().toString().replaceFirst("(?i)\\.(json|ya?ml)$", "");
        return Path.of(name + (MeetingYaml.isYaml(input) ? ".solved.yaml" : ".solved.json"));
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
