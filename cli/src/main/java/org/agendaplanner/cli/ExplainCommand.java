package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.ReportJson;
import org.agendaplanner.solver.analysis.RuleTotal;
import org.agendaplanner.solver.analysis.ScoreReport;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every penalty of a programme, rule by rule, worst first, in plain words, with totals. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains the score of the programme in a file: every penalty, grouped by rule, worst first, "
                + "in plain words, with totals that add up to the score.")
public class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Mixin
    ReportFormat report;

    @Override
    public Integer call() throws Exception {
        var scored = ProgrammeFiles.scoreAsItStands(input.path());
        var report = scored.report();
        var unscheduled = scored.unscheduled();
        this.report.print(spec.commandLine().getOut(), ReportJson.of(input.toString(), report, unscheduled),
                out -> explain(report, out));
        return ExitCodes.OK;
    }

    private static void explain(ScoreReport report, PrintWriter out) {
        out.println("Score: " + report.score());
        if (report.rules().isEmpty()) {
            out.println("No rule takes any points: nothing to explain.");
        }
        for (var total : report.rules()) {
            out.println();
            out.printf("%s (%s): %s, %d penalt%s%n", total.rule().constraintName(), total.rule().level(),
                    Scores.brief(total.score()), total.penalties().size(), total.penalties().size() == 1 ? "y" : "ies");
            for (var line : total.penalties()) {
                out.printf("  %-10s %s%n", Scores.brief(line.score()), line.penalty().description());
            }
        }
        out.println();
        out.println("Total: " + report.rules().stream().map(RuleTotal::score)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add));
    }
}
