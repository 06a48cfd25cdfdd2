package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(paramLabel = "FILE", description = "A solved file, or a file with a planner's draft programme.")
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
            out.flush();
            return ExitCodes.OK;
        }
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
        out.println("Total: " + report.rules().stream().map(total -> total.score())
                .reduce(ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ZERO,
                        (sum, score) -> sum.add(score)));
        out.flush();
        return ExitCodes.OK;
    }
}
