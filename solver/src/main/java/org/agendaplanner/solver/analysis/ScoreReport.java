package org.agendaplanner.solver.analysis;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.rules.Penalty;
import org.agendaplanner.solver.rules.Rule;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A programme's score taken apart rule by rule. This is the one place that talks to Timefold's score
 * analysis, so the rest of the tool does not depend on its API.
 */
public record ScoreReport(HardMediumSoftLongScore score, List<RuleTotal> rules, ScoreAnalysis<HardMediumSoftLongScore> analysis) {

    /** Scores the solution as it stands (its shadow variables brought up to date) and analyses the score. */
    public static ScoreReport of(AgendaSolution solution) {
        var manager = AgendaSolver.analysis();
        return fromAnalysis(manager.analyze(solution));
    }

    private static ScoreReport fromAnalysis(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        var rules = analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .map(constraint -> new RuleTotal(
                        Rule.forConstraintName(constraint.constraintName()).orElseThrow(),
                        constraint.score(),
                        constraint.matches() == null ? List.of() : constraint.matches().stream()
                                .map(match -> new RuleTotal.PenaltyLine(match.score(), (Penalty) match.justification()))
                                .sorted(Comparator.comparing(RuleTotal.PenaltyLine::score)
                                        .thenComparing(RuleTotal.PenaltyLine::penalty))
                                .toList()))
                .sorted(Comparator.comparing(RuleTotal::score).thenComparing(total -> total.rule().ordinal()))
                .toList();
        return new ScoreReport(analysis.score(), rules, analysis);
    }

    public Optional<RuleTotal> total(Rule rule) {
        return rules.stream().filter(total -> total.rule() == rule).findFirst();
    }

    /** Per rule, this report's score minus the other's; rules equal in both are left out. */
    public Map<Rule, HardMediumSoftLongScore> minus(ScoreReport other) {
        return analysis.diff(other.analysis).constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .collect(Collectors.toMap(constraint -> Rule.forConstraintName(constraint.constraintName()).orElseThrow(),
                        constraint -> constraint.score(), (a, b) -> a, () -> new EnumMap<>(Rule.class)));
    }

}
