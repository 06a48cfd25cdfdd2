package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.agendaplanner.model.ItemDef;
import org.agendaplanner.solver.analysis.Comparison;
import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.rules.Rule;

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
        var comparison = Comparison.of(compared.stream()
                .map(each -> new Comparison.Compared(each.label(), each.file().toString(), each.planning(), each.report()))
                .toList());
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

    private static String text(Comparison.Result comparison) {
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
