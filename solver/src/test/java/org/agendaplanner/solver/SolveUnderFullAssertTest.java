package org.agendaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * Solving every shipped meeting under TRACKED_FULL_ASSERT recomputes the score from scratch after every move
 * and fails on any difference from the incremental score, so a rule or shadow variable that forgets to
 * update shows up here rather than as a quietly wrong programme.
 */
class SolveUnderFullAssertTest {

    static Stream<Path> datasets() {
        return Datasets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void solvesWithoutScoreCorruption(Path dataset) throws Exception {
        var planning = ProblemFactory.build(MeetingReader.read(dataset), dataset.toString(),
                ProblemFactory.ProgrammeUse.IGNORE);
        var settings = new AgendaSolver.Settings(0, Duration.ofSeconds(8), 300, EnvironmentMode.TRACKED_FULL_ASSERT);

        var solved = new AgendaSolver(settings).solve(planning.solution(), score -> { });

        assertNotNull(solved.getScore());
        assertEquals(0, solved.getScore().hardScore(), dataset + " breaks a hard rule: " + solved.getScore());
    }
}
