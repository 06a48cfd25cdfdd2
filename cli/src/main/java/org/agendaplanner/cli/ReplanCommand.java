package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.ItemProgress;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.render.Annex;
import org.agendaplanner.render.Format;
import org.agendaplanner.solver.analysis.Diagnosis;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.ChangeJson;
import org.agendaplanner.solver.plan.Remedies;
import org.agendaplanner.solver.plan.RemediesJson;
import org.agendaplanner.solver.plan.Replanning;
import org.agendaplanner.solver.plan.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-plans a meeting in progress: what happened stays, the rest moves as little as it must. */
@Command(name = "replan", mixinStandardHelpOptions = true,
        description = {"Re-plans a meeting in progress from its solved file: everything before --at is pinned as it "
                + "happened, the rest is re-planned with the rule Stability keeping the programme where it can.",
                "Prints the revised organization of work and the changes to announce, and writes the revised file "
                        + "(its progress section records what was given here, the revision number and the starts "
                        + "it revised). The options and the file's progress section mean the same thing."})
public class ReplanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Option(names = "--at", paramLabel = "yyyy-mm-ddTHH:mm",
            description = "The moment of the re-plan: what ended before it happened as programmed, unless --done or "
                    + "--remaining say otherwise; nothing before it moves (default: progress.at of FILE).")
    String at;

    @Option(names = "--remaining", paramLabel = "ITEM=DURATION",
            description = "The item was taken up and still needs that long (e.g. 2=PT30M): it resumes first in its "
                    + "body's next session, \"(continued)\". Repeatable.")
    List<String> remaining = new ArrayList<>();

    @Option(names = "--done", paramLabel = "ITEM[@yyyy-mm-ddTHH:mm]",
            description = "The item concluded, at that time when given (earlier or later than programmed): the "
                    + "body's next item may start then. Repeatable.")
    List<String> done = new ArrayList<>();

    @Option(names = "--cancel", paramLabel = "SESSION",
            description = "A session that will not take place (no room, no interpretation). Repeatable.")
    List<String> cancel = new ArrayList<>();

    @Option(names = "--announced-through", paramLabel = "yyyy-mm-dd",
            description = "The last day whose items were announced: moving one off its day costs more (default: the "
                    + "day after --at).")
    String announcedThrough;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the revised file (default: FILE's name with .revised.json, in the current "
                    + "directory).")
    Path output;

    @Option(names = "--force", description = "Allow OUT to be the input file itself.")
    boolean force;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "60s",
            converter = SolveCommand.DurationConverter.class,
            description = "Finish within this long (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--unimproved-steps", paramLabel = "N",
            description = "Stop after N steps without a better programme (default: 5000, or 100 per item when that "
                    + "is more, so 30000 for 300 items); the result then depends only on the file and the seed.")
    Integer unimprovedSteps;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    TableOptions table;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Re-plan a scenario, as solve --set does (a remedy listed, say: --set "
                    + "sessions.plenary-wed-eve=plenary,2020-03-18,19:00-22:00). Keys: " + Scenario.KEYS + "."})
    List<String> settings = new ArrayList<>();

    @Mixin
    RemedyOptions remedyOptions;

    @Mixin
    ParallelOption parallel;

    @Override
    public Integer call() throws Exception {
        var file = input.path();
        var target = output != null ? output : defaultOutput(file);
        if (!force) {
            TableOptions.refuseOverwritingInput(file, target, "Give another -o, or add --force to replace it.");
        }
        var solved = MeetingReader.read(file);
        if (solved.programme() == null) {
            throw new CliException(ExitCodes.INVALID_INPUT, file + " has no programme to revise. Solve it first "
                    + "(agenda solve " + file + " -o SOLVED), then re-plan the solved file.");
        }
        if (unimprovedSteps != null && unimprovedSteps < 1) {
            throw new CliException(ExitCodes.USAGE, "--unimproved-steps takes 1 or more, not " + unimprovedSteps + ".");
        }
        var moment = at == null ? null : dateTime("--at", at);
        if (moment == null && (solved.progress() == null || solved.progress().at() == null)) {
            throw new CliException(ExitCodes.USAGE, "Say when the re-plan is: --at yyyy-mm-ddTHH:mm (or give "
                    + "progress.at in the file).");
        }
        var entries = new ArrayList<ItemProgress>();
        for (var each : remaining) {
            int equals = each.indexOf('=');
            if (equals < 1) {
                throw new CliException(ExitCodes.USAGE, "--remaining takes ITEM=DURATION, e.g. 2=PT30M, not \""
                        + each + "\".");
            }
            entries.add(ItemProgress.remaining(each.substring(0, equals), duration(each.substring(equals + 1)), null));
        }
        for (var each : done) {
            int sign = each.indexOf('@');
            entries.add(sign < 0 ? ItemProgress.done(each, null)
                    : ItemProgress.done(each.substring(0, sign), dateTime("--done", each.substring(sign + 1))));
        }
        LocalDate through = null;
        if (announcedThrough != null) {
            try {
                through = LocalDate.parse(announcedThrough);
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, "--announced-through takes a date, yyyy-mm-dd, not \""
                        + announcedThrough + "\".");
            }
        }
        var revising = Replanning.withProgress(solved, moment, through, entries, cancel);
        MeetingReader.validate(file.toString(), revising);

        var settings = Planner.Settings.defaults().withSeed(seed).withTimeLimit(timeLimit)
                .withUnimprovedStepLimit(unimprovedSteps).withOverrides(this.settings);
        Planner.Alternative best;
        try {
            best = Planner.plan(revising, file.toString(), settings).best().orElseThrow();
        } catch (Scenario.InvalidSettingException e) {
            throw new CliException(ExitCodes.USAGE, "--set: " + e.getMessage());
        }
        var remedies = remedyOptions.none || !Remedies.worthLooking(best.solvedFile()) ? null
                : Remedies.find(revising, file.toString(), best.solvedFile(), settings, remedyOptions.timeLimit,
                        parallel.parallelism());
        var revised = Replanning.revised(revising, best.solvedFile());
        SolveCommand.write(revised, target);

        var out = spec.commandLine().getOut();
        var format = table.format();
        var language = table.annexLanguage();
        var changes = Replanning.changes(revising, revised);
        var unscheduled = revised.programme().unscheduled();
        var reasons = unscheduled == null ? List.<String>of() : Diagnosis.ofUnscheduled(best.solution());
        var annex = format.binary() ? null
                : format.render(Annex.of(revised, language), table.scoreToShow(revised.programme().score(), format));
        if (format == Format.JSON) {
            // One document on stdout, so that a script reads the table and the changes to announce together.
            out.print(JsonOutput.of(new RevisionJson(revised.progress().revision(), revised.progress().at().toString(),
                    changes.stream().map(ChangeJson::of).toList(), revised.programme().score(), unscheduled, reasons,
                    target.toString(), JsonOutput.tree(annex), remedies == null ? null : RemediesJson.of(remedies))));
            out.flush();
            return best.isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        }
        if (annex != null) {
            out.print(annex);
        }
        var summary = format == Format.TEXT || format.binary() ? out : spec.commandLine().getErr();
        summary.println();
        summary.println("Revision " + revised.progress().revision() + " at " + revised.progress().at()
                + ". Changes to announce:");
        if (changes.isEmpty()) {
            summary.println("  None: the programme stands.");
        }
        changes.forEach(change -> summary.println("  " + change.words()));
        summary.println("Score: " + revised.programme().score());
        if (unscheduled != null) {
            summary.println("Unscheduled: " + String.join(", ", unscheduled));
            reasons.forEach(reason -> summary.println("  " + reason));
        }
        if (remedies != null) {
            RemedyReport.print(remedies, summary);
        }
        summary.println("Wrote " + target);
        summary.flush();
        out.flush();
        return best.isFeasible() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }

    /** The JSON form of {@code replan --format json}, described in the README. */
    record RevisionJson(Integer revision, String at, List<ChangeJson> changes, String score, List<String> unscheduled,
            List<String> reasons, String wrote, Object table, RemediesJson remedies) {
    }

    private static LocalDateTime dateTime(String option, String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCodes.USAGE, option + " takes a moment, yyyy-mm-ddTHH:mm (e.g. "
                    + "2020-03-17T18:00), not \"" + text + "\".");
        }
    }

    private static Duration duration(String text) {
        try {
            return new SolveCommand.DurationConverter().convert(text);
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.USAGE, "--remaining takes a duration such as PT30M or 30m, not \""
                    + text + "\".");
        }
    }

    static Path defaultOutput(Path input) {
        var name = input.getFileName().toString().replaceFirst("(?i)\\.(json|ya?ml)$", "")
                .replaceFirst("\\.(solved|revised)$", "");
        return Path.of(name + ".revised.json");
    }
}
