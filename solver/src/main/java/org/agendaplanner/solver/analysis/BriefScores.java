package org.agendaplanner.solver.analysis;

import java.util.ArrayList;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Scores as people read them in tables: only the levels that are not zero ("-60soft"), or "0". */
public final class BriefScores {

    private BriefScores() {
    }

    public static String brief(HardMediumSoftLongScore score) {
        var parts = new ArrayList<String>();
        if (score.hardScore() != 0) {
            parts.add(score.hardScore() + "hard");
        }
        if (score.mediumScore() != 0) {
            parts.add(score.mediumScore() + "medium");
        }
        if (score.softScore() != 0) {
            parts.add(score.softScore() + "soft");
        }
        return parts.isEmpty() ? "0" : String.join("/", parts);
    }
}
