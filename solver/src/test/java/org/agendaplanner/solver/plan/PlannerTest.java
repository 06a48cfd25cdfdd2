package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The solving policy, as every front end gets it from {@link Planner#plan}. */
class PlannerTest {

    private static final HardMediumSoftLongScore SEED_OPTIMUM = HardMediumSoftLongScore.parseScore("0hard/0medium/-45soft");

    @Test
    void aMeetingTheExactProgramSolvesGetsItsProvenOptimumAtOnce() throws Exception {
        var plan = Planner.plan(seed(), "seed.json", Planner.Settings.defaults());

        var best = plan.best().orElseThrow();
        assertEquals(Planner.Method.EXACT, best.method());
        assertEquals(SEED_OPTIMUM, best.score());
        assertEquals(SEED_OPTIMUM, best.provenOptimum());
        assertEquals(SEED_OPTIMUM.toString(), best.solvedFile().programme().score());
        assertFalse(plan.stopped());
    }

    @Test
    void toMeasureTheSearchItPursuesTheProvenOptimum() throws Exception {
        var plan = Planner.plan(seed(), "seed.json", Planner.Settings.defaults().withSearchToOptimum(true));

        assertEquals(Planner.Method.SEARCH_REACHED_OPTIMUM, plan.best().orElseThrow().method());
        assertEquals(SEED_OPTIMUM, plan.best().orElseThrow().score());
    }

    /** One move is too few to reach the optimum: the exact programme is kept, and the search's score reported. */
    @Test
    void whenALimitComesBeforeTheOptimumTheExactProgrammeIsKept() throws Exception {
        var plan = Planner.plan(seed(), "seed.json",
                Planner.Settings.defaults().withSearchToOptimum(true).withMoveLimit(1L));

        var best = plan.best().orElseThrow();
        assertEquals(Planner.Method.EXACT_AFTER_LIMIT, best.method());
        assertEquals(SEED_OPTIMUM, best.score());
        assertTrue(best.searchScore().compareTo(SEED_OPTIMUM) < 0, best.searchScore().toString());
    }

    /** Four bodies: the exact program does not apply, and the search plans; exact-only says why. */
    @Test
    void whereTheExactProgramDoesNotApplyTheSearchPlansAndSaysWhy() throws Exception {
        var plan = Planner.plan(fourBodies(), "cop.json",
                Planner.Settings.defaults().withMoveLimit(20_000L).withExactOnly(true));

        var best = plan.best().orElseThrow();
        assertEquals(Planner.Method.SEARCH, best.method());
        assertTrue(best.exactNotApplicable().orElseThrow().contains("4 bodies"), best.exactNotApplicable().toString());
        assertTrue(best.constructionFinished());
    }

    @Test
    void aStopBeforeTheSolveGivesNoProgramme() throws Exception {
        var stop = new Planner.Stop();
        stop.request();

        var plan = Planner.plan(fourBodies(), "cop.json", Planner.Settings.defaults().withStop(stop));

        assertTrue(plan.stopped());
        assertTrue(plan.alternatives().isEmpty());
    }

    /** Stopped at its first better programme, during the construction: what it has, marked unfinished. */
    @Test
    void aStopDuringTheConstructionGivesTheProgrammeSoFar() throws Exception {
        var stop = new Planner.Stop();
        var settings = Planner.Settings.defaults().withStop(stop).withTimeLimit(Duration.ofMinutes(5))
                .withProgress((alternative, score, elapsed) -> stop.request());

        var plan = Planner.plan(fourBodies(), "cop.json", settings);

        assertTrue(plan.stopped());
        var best = plan.best().orElseThrow();
        assertFalse(best.constructionFinished());
        assertTrue(best.score().mediumScore() < 0, "items not yet reached are left out: " + best.score());
        assertEquals(best.score().toString(), best.solvedFile().programme().score());
    }

    @Test
    void scenarioSettingsReachTheSolvedFile() throws Exception {
        var plan = Planner.plan(seed(), "seed.json",
                Planner.Settings.defaults().withOverrides(List.of("weights.overnightContinuation=50")));

        var solved = plan.best().orElseThrow().solvedFile();
        assertEquals(List.of("weights.overnightContinuation=50"), solved.programme().overrides());
        assertEquals(50, solved.rules().weights().get("overnightContinuation"));
    }

    @Test
    void aWrongScenarioSettingIsRefused() {
        var settings = Planner.Settings.defaults().withOverrides(List.of("weights.noSuchRule=5"));

        var refused = assertThrows(Scenario.InvalidSettingException.class,
                () -> Planner.plan(seed(), "seed.json", settings));
        assertTrue(refused.getMessage().contains("Unknown setting \"weights.noSuchRule\""), refused.getMessage());
    }

    @Test
    void alternativesDifferFromOneAnother() throws Exception {
        var plan = Planner.plan(seed(), "seed.json", Planner.Settings.defaults().withAlternatives(2));

        assertEquals(2, plan.alternatives().size());
        assertEquals(Planner.Method.EXACT, plan.alternatives().get(0).method());
        assertEquals(Planner.Method.SEARCH, plan.alternatives().get(1).method(), "the exact program cannot differ");
        assertNotEquals(plan.alternatives().get(0).solvedFile().programme().items(),
                plan.alternatives().get(1).solvedFile().programme().items());
    }

    /**
     * Alternatives after the first are searched side by side; one that repeats another (each is only kept from
     * repeating the first) is searched again. The seed has few good programmes, so four alternatives meet repeats.
     */
    @Test
    void alternativesAreTheSameWhateverTheParallelismAndEachDiffersFromAllBefore() throws Exception {
        var settings = Planner.Settings.defaults().withAlternatives(4).withUnimprovedStepLimit(1_000);

        var oneAtATime = Planner.plan(seed(), "seed.json", settings.withParallelism(1));
        var sideBySide = Planner.plan(seed(), "seed.json", settings.withParallelism(3));

        assertEquals(programmes(oneAtATime), programmes(sideBySide));
        var sessions = oneAtATime.alternatives().stream().map(alternative -> alternative.solvedFile().programme()
                .items().stream().map(start -> start.item() + "@" + start.session()).toList()).toList();
        assertEquals(4, sessions.size());
        assertEquals(4, new java.util.HashSet<>(sessions).size(), "an alternative repeats an earlier one: " + sessions);
    }

    private static List<MeetingFile> programmes(Planner.Plan plan) {
        return plan.alternatives().stream().map(Planner.Alternative::solvedFile).toList();
    }

    private static MeetingFile seed() throws Exception {
        return MeetingReader.read(Datasets.seed());
    }

    private static MeetingFile fourBodies() throws Exception {
        return MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
    }
}
