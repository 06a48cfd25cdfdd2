package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

/** The progress line says first what a planner asks of a programme: does it keep the rules and place everything. */
class SolveProgressLineTest {

    private static final Duration ELAPSED = Duration.ofMillis(1_250);

    @Test
    void aProgrammeThatPlacesEverythingSaysSo() {
        assertEquals("  best so far after 1.3 s: every item placed (score 0hard/0medium/-45soft)",
                SolveCommand.progressLine(HardMediumSoftLongScore.of(0, 0, -45), ELAPSED));
    }

    @Test
    void aProgrammeThatLeavesBusinessOutSaysSo() {
        assertEquals("  best so far after 1.3 s: leaves business out (score 0hard/-90medium/0soft)",
                SolveCommand.progressLine(HardMediumSoftLongScore.of(0, -90, 0), ELAPSED));
    }

    @Test
    void aBrokenHardRuleComesFirst() {
        assertEquals("  best so far after 1.3 s: still breaks a hard rule (score -15hard/-90medium/0soft)",
                SolveCommand.progressLine(HardMediumSoftLongScore.of(-15, -90, 0), ELAPSED));
    }
}
