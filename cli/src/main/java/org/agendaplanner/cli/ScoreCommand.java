package org.agendaplanner.cli;

import java.util.concurrent.Callable;

import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Scores the programme in a file as it stands, without solving: a planner's own draft against the rules. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores the programme in a file as it stands (a planner's own draft: item starts only is "
                + "enough), without solving, and lists every broken hard rule with the item and session.",
                "Exit code 0 when the programme is feasible, 4 when it breaks a hard rule or leaves items out."})
public class ScoreCommand implements Callable<Integer> {

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
        this.report.print(spec.commandLine().getOut(), ReportJson.of(input.toString(), report, unscheduled), out -> {
            out.println("Score: " + report.score() + (ReportJson.isFeasible(report) ? "" : "  (not feasible)"));
            var hard = report.rules().stream().filter(total -> total.rule().level().equals("hard")).toList();
            if (!hard.isEmpty()) {
                out.println();
                out.println("Broken hard rules:");
                for (var total : hard) {
                    for (var line : total.penalties()) {
                        out.println("  " + total.rule().constraintName() + ": " + line.penalty().description()
                                + (line.penalty().session() == null ? "" : " [" + line.penalty().session() + "]"));
                    }
                }
            }
            if (!unscheduled.isEmpty()) {
                out.println();
                out.println("Unscheduled: " + String.join(", ", unscheduled));
            }
            out.println();
            out.println("By rule:");
            for (var total : report.rules()) {
                out.printf("  %-30s %s%n", total.rule().constraintName(), Scores.brief(total.score()));
            }
            if (report.rules().isEmpty()) {
                out.println("  no rule takes any points");
            }
        });
        return ReportJson.isFeasible(report) ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }
}
