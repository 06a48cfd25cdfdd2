package org.agendaplanner.solver.analysis;

import java.util.List;

/**
 * The JSON form of a score report, as {@code agenda score} and {@code agenda explain} print it and the service sends it
 * (documented in the README).
 */
public record ReportJson(String file, String score, boolean feasible, List<String> unscheduled, List<RuleJson> rules) {

    public record RuleJson(String name, String key, String level, String score, List<PenaltyJson> penalties) {
    }

    public record PenaltyJson(String score, List<String> items, String session, int amount, String description) {
    }

    public static ReportJson of(String file, ScoreReport report, List<String> unscheduled) {
        var rules = report.rules().stream()
                .map(total -> new RuleJson(total.rule().constraintName(), total.rule().key(), total.rule().level(),
                        total.score().toString(), total.penalties().stream()
                                .map(line -> new PenaltyJson(line.score().toString(), line.penalty().items(),
                                        line.penalty().session(), line.penalty().amount(),
                                        line.penalty().description()))
                                .toList()))
                .toList();
        return new ReportJson(file, report.score().toString(), isFeasible(report), unscheduled, rules);
    }

    /** Feasible as a planner means it: no hard rule broken and every item placed. */
    public static boolean isFeasible(ScoreReport report) {
        return report.score().hardScore() == 0 && report.score().mediumScore() == 0;
    }
}
