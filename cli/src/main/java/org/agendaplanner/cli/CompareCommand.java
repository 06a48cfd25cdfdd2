package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.ReportJson;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.rules.Rule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Programmes of one meeting side by side: scores, rule by rule, what moved, and which is best. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares programmes of the same meeting side by side: the score and per-rule totals of each, "
                + "the difference per rule against the first, the items that moved, and a verdict.",
                "Files of different meetings are refused."})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "2..*", description = "Two or more files with programmes.")
    List<Path> files;

    @Mixin
    ReportFormat report;

    /** The JSON form of a comparison (documented in the README). */
    record ComparisonJson(List<Programme> files, List<Difference> differences, List<Move> moved, String best,
            String verdict) {

        record Programme(String label, String file, String score, boolean feasible, List<String> overrides,
                Map<String, String> rules) {
        }

        record Difference(String file, String against, String score, Map<String, String> rules) {
        }

        /** {@code fromStart} and {@code toStart} ("HH:mm") are absent where the item is unscheduled. */
        record Move(String file, String item, String from, String to, String fromStart, String toStart) {
        }
    }

    private record Compared(String label, Path file, Planning planning, ScoreReport report) {
    }

    @Override
    public Integer call() throws Exception {
        var compared = new ArrayList<Compared>();
        for (int i = 0; i < files.size(); i++) {
            var planning = ProgrammeFiles.read(files.get(i), ProblemFactory.ProgrammeUse.AS_DRAFT);
            compared.add(new Compared(String.valueOf((char) ('A' + i)), files.get(i), planning,
                    ScoreReport.of(planning.solution())));
        }
        refuseDifferentMeetings(compared);
        var comparison = compare(compared);
        report.print(spec.commandLine().getOut(), comparison, out -> out.print(text(comparison)));
        return ExitCodes.OK;
    }

    private static void refuseDifferentMeetings(List<Compared> compared) {
        var first = compared.get(0);
        for (var other : compared.subList(1, compared.size())) {
            var firstMeeting = first.planning().meeting();
            var otherMeeting = other.planning().meeting();
            var firstItems = firstMeeting.items().stream().map(ItemDef::id).collect(Collectors.toSet());
            var otherItems = otherMeeting.items().stream().map(ItemDef::id).collect(Collectors.toSet());
            if (!firstMeeting.meeting().id().equals(otherMeeting.meeting().id()) || !firstItems.equals(otherItems)) {
                throw new CliException(ExitCodes.INVALID_INPUT, other.file() + " plans meeting \""
                        + otherMeeting.meeting().id() + "\" with items " + sorted(otherItems) + ", but " + first.file()
                        + " plans \"" + firstMeeting.meeting().id() + "\" with items " + sorted(firstItems)
                        + ". Compare programmes of one meeting: the same meeting id and the same agenda items.");
            }
        }
    }

    private static String sorted(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static ComparisonJson compare(List<Compared> compared) {
        var programmes = compared.stream()
                .map(each -> new ComparisonJson.Programme(each.label(), each.file().toString(),
                        each.report().score().toString(), ReportJson.isFeasible(each.report()),
                        overridesOf(each), rulesOf(each.report())))
                .toList();
        var reference = compared.get(0);
        var differences = new ArrayList<ComparisonJson.Difference>();
        var moved = new ArrayList<ComparisonJson.Move>();
        for (var other : compared.subList(1, compared.size())) {
            var byRule = new LinkedHashMap<String, String>();
            other.report().minus(reference.report()).forEach((rule, score) -> byRule.put(rule.key(), Scores.brief(score)));
            differences.add(new ComparisonJson.Difference(other.label(), reference.label(),
                    Scores.brief(other.report().score().subtract(reference.report().score())), byRule));
            moved.addAll(moves(reference, other));
        }
        var best = compared.stream().max(Comparator.comparing((Compared each) -> each.report().score())).orElseThrow();
        return new ComparisonJson(programmes, differences, moved, best.label(), verdict(compared, best));
    }

    private static List<String> overridesOf(Compared compared) {
        var overrides = compared.planning().meeting().programme().overrides();
        return overrides == null ? List.of() : overrides;
    }

    private static Map<String, String> rulesOf(ScoreReport report) {
        var rules = new LinkedHashMap<String, String>();
        report.rules().forEach(total -> rules.put(total.rule().key(), Scores.brief(total.score())));
        return rules;
    }

    /**
     * Items whose start differs from the reference programme's: in another session, or at another time in the same
     * one (a shift within a session is a change a secretariat announces too); "unscheduled" where one has none.
     */
    private static List<ComparisonJson.Move> moves(Compared reference, Compared other) {
        var from = starts(reference);
        var to = starts(other);
        var moves = new ArrayList<ComparisonJson.Move>();
        for (var item : reference.planning().meeting().items()) {
            var before = from.get(item.id());
            var after = to.get(item.id());
            if (!java.util.Objects.equals(before, after)) {
                moves.add(new ComparisonJson.Move(other.label(), item.id(),
                        before == null ? "unscheduled" : before.session(), after == null ? "unscheduled" : after.session(),
                        before == null ? null : before.start().toString(), after == null ? null : after.start().toString()));
            }
        }
        return moves;
    }

    private static Map<String, ItemStart> starts(Compared compared) {
        return compared.planning().meeting().programme().items().stream()
                .collect(Collectors.toMap(ItemStart::item, start -> start));
    }

    private static String verdict(List<Compared> compared, Compared best) {
        var others = compared.stream().filter(each -> each != best).toList();
        if (others.stream().allMatch(each -> each.report().score().equals(best.report().score()))) {
            return "All " + compared.size() + " programmes score the same: " + best.report().score() + ".";
        }
        var runnerUp = others.stream().max(Comparator.comparing((Compared each) -> each.report().score())).orElseThrow();
        var gap = best.report().score().subtract(runnerUp.report().score());
        var reasons = best.report().minus(runnerUp.report()).entrySet().stream()
                .filter(entry -> entry.getValue().compareTo(HardMediumSoftLongScore.ZERO) > 0)
                .map(entry -> entry.getKey().constraintName() + " " + Scores.brief(entry.getValue()))
                .collect(Collectors.joining(", "));
        return best.label() + " (" + best.file() + ") is best: " + Scores.brief(gap) + " better than " + runnerUp.label()
                + (reasons.isEmpty() ? "." : ", on " + reasons + ".");
    }

    private static String text(ComparisonJson comparison) {
        var out = new StringBuilder();
        var rules = new LinkedHashSet<String>();
        comparison.files().forEach(programme -> rules.addAll(programme.rules().keySet()));
        int width = 28;
        for (var programme : comparison.files()) {
            width = Math.max(width, programme.score().length() + 2);
        }
        out.append(String.format("%-34s", ""));
        for (var programme : comparison.files()) {
            out.append(String.format("%-" + width + "s", programme.label() + ": " + programme.file()));
        }
        out.append('\n').append(String.format("%-34s", "Score"));
        for (var programme : comparison.files()) {
            out.append(String.format("%-" + width + "s", programme.score()));
        }
        out.append('\n');
        if (comparison.files().stream().anyMatch(programme -> !programme.overrides().isEmpty())) {
            out.append(String.format("%-34s", "Scenario (--set)"));
            for (var programme : comparison.files()) {
                out.append(String.format("%-" + width + "s",
                        programme.overrides().isEmpty() ? "as in the file" : String.join(" ", programme.overrides())));
            }
            out.append('\n');
        }
        for (var key : rules) {
            var name = Rule.forKey(key).map(Rule::constraintName).orElse(key);
            out.append(String.format("%-34s", name));
            for (var programme : comparison.files()) {
                out.append(String.format("%-" + width + "s", programme.rules().getOrDefault(key, "0")));
            }
            out.append('\n');
        }
        for (var difference : comparison.differences()) {
            out.append('\n').append(difference.file()).append(" − ").append(difference.against()).append(": ")
                    .append(difference.score()).append('\n');
            difference.rules().forEach((key, score) -> out.append("  ")
                    .append(Rule.forKey(key).map(Rule::constraintName).orElse(key)).append(": ").append(score)
                    .append('\n'));
        }
        out.append('\n');
        if (comparison.moved().isEmpty()) {
            out.append("No item moved.\n");
        } else {
            out.append("Moved (against A):\n");
            comparison.moved().forEach(move -> out.append("  ").append(move.file()).append(": item ").append(move.item())
                    .append(" ").append(move.to().equals(move.from())
                            ? move.from() + " " + move.fromStart() + " → " + move.toStart()
                            : move.from() + " → " + move.to())
                    .append('\n'));
        }
        out.append('\n').append("Verdict: ").append(comparison.verdict()).append('\n');
        return out.toString();
    }
}
