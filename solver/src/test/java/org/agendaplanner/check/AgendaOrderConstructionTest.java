package org.agendaplanner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * The construction the search starts from (items laid in agenda order, {@code AgendaOrderConstruction}): a limit
 * that comes at once still gets a whole programme, and the programme it writes breaks no hard rule.
 */
class AgendaOrderConstructionTest {

    /**
     * 3,000 items in eight bodies: Timefold's own construction had not finished after 120 s and left a programme that
     * broke hard rules. One move is the smallest limit there is; it comes before the search makes any.
     */
    @Test
    void aLimitAtOnceOnALargeMeetingStillGivesAWholeFeasibleProgramme() throws Exception {
        var meeting = MeetingGenerator.generate(MeetingGenerator.Parameters.of(15, 8, 3_000, 3));

        var best = Planner.plan(meeting, "large.json", Planner.Settings.defaults().withMoveLimit(1L)).best()
                .orElseThrow();

        assertTrue(best.constructionFinished());
        assertEquals(0, best.score().hardScore(), best.score().toString());
        assertEquals(0, best.score().mediumScore(), best.score().toString());
        assertEquals(List.of(), ProgrammeChecker.check(best.solvedFile()));
    }

    /** Small generated meetings of every shape, one and two teams, fixed starts: the construction alone. */
    @Test
    void theConstructionAloneBreaksNoHardRuleOnGeneratedMeetings() throws Exception {
        var broken = new ArrayList<String>();
        int placedEverything = 0;
        var shapes = GeneratedMeetingsSolveCleanlyTest.shapes();
        for (var parameters : shapes) {
            var best = constructionOnly(MeetingGenerator.generate(parameters), EnvironmentMode.NO_ASSERT);
            if (best.score().hardScore() != 0 || !ProgrammeChecker.check(best.solvedFile()).isEmpty()) {
                broken.add(parameters.fileName() + " " + best.score());
            }
            placedEverything += best.score().mediumScore() == 0 ? 1 : 0;
        }
        assertEquals(List.of(), broken);
        // Feasible by construction: the generator's witness lays items in agenda order too.
        assertEquals(shapes.size(), placedEverything);
    }

    /** Under full assertion Timefold checks the score after the construction's changes against the rules. */
    @Test
    void theConstructionTellsTheScoreWhatItChanges() throws Exception {
        // SolveUnderFullAssertTest does the same on the shipped meetings (the four bodies of the COP among them).
        var twoTeams = MeetingGenerator.generate(new MeetingGenerator.Parameters(5, 3, 60, 2, 0.1, 4, true));
        var best = constructionOnly(twoTeams, EnvironmentMode.TRACKED_FULL_ASSERT);
        assertEquals(0, best.score().hardScore(), best.score().toString());
    }

    /** The search stopped by a limit of one move, which comes before it makes any: the exact program is not run. */
    private static Constructed constructionOnly(MeetingFile meeting, EnvironmentMode mode) throws Exception {
        var planning = ProblemFactory.build(meeting, "meeting.json", ProblemFactory.ProgrammeUse.IGNORE);
        var settings = new AgendaSolver.Settings(0, Duration.ofSeconds(60), 5_000, mode, null, 1L);
        var outcome = new AgendaSolver(settings).search(planning.solution(), score -> { });
        assertTrue(outcome.constructionFinished());
        return new Constructed(outcome.best().getScore(),
                ProgrammeWriter.solvedFile(meeting, outcome.best(), planning.clock()));
    }

    private record Constructed(HardMediumSoftLongScore score, MeetingFile solvedFile) {
    }
}
