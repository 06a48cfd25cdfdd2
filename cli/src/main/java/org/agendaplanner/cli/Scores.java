package org.agendaplanner.cli;

import org.agendaplanner.solver.analysis.BriefScores;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Scores as people read them in tables; the library's form, which the service prints too. */
final class Scores {

    private Scores() {
    }

    static String brief(HardMediumSoftLongScore score) {
        return BriefScores.brief(score);
    }
}
