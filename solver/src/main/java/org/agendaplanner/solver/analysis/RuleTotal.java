package org.agendaplanner.solver.analysis;

import java.util.List;

import org.agendaplanner.solver.rules.Penalty;
import org.agendaplanner.solver.rules.Rule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** What one rule costs a programme: its total and each penalty behind it, worst first. */
public record RuleTotal(Rule rule, HardMediumSoftLongScore score, List<PenaltyLine> penalties) {

    /** One penalty and what it cost. */
    public record PenaltyLine(HardMediumSoftLongScore score, Penalty penalty) {
    }
}
