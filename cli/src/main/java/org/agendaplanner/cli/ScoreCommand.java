package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(paramLabel = "FILE", description = "A file with a programme.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        var scored = ProgrammeFiles.scoreAsItStands(file);
        var report = scored.report();
        var unscheduled = scored.unscheduled();
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(JsonOutput.of(ReportJson.of(file.toString(), report, unscheduled)));
        } else {
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
        }
        out.flush();
        return ReportJson.isFeasible(report) ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }
}
