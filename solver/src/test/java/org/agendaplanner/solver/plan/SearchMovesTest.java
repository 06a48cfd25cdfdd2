package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;

/**
 * The search tries the moves that can change something in the meeting at hand, and stops after a number of steps
 * that grows with it.
 */
class SearchMovesTest {

    /**
     * Every generated item may go to one body only and keeps agenda order, and the construction places them all: the
     * lists are settled.
     */
    @Test
    void onceEveryItemIsPlacedWhereTheAgendaSaysTheSearchChangesTheSessionsToWaitFor() throws Exception {
        var built = constructed(problem(MeetingGenerator.generate(MeetingGenerator.Parameters.of(5, 4, 60, 7))));
        assertEquals(0, built.getScore().mediumScore(), "every item placed");

        var moves = describe(AgendaSolver.movesFor(built));

        assertEquals(List.of("change earliestSession 1.0", "ListChangeMoveSelectorConfig 0.1"), moves);
    }

    /** An item left out may need another to make room for it: which items are in is open again. */
    @Test
    void anItemLeftOutBringsEveryListMove() throws Exception {
        var built = constructed(problem(MeetingGenerator.generate(
                new MeetingGenerator.Parameters(5, 4, 60, 1, 0.05, 7, false))));
        assertTrue(built.getScore().mediumScore() < 0, "some item left out");

        assertEquals(EVERY_LIST_MOVE, describe(AgendaSolver.movesFor(built)));
    }

    /** The COP's item 2 (d) is free: it may be taken up anywhere in the plenary, so list moves have work to do. */
    @Test
    void aFreeItemBringsEveryListMove() throws Exception {
        var moves = describe(AgendaSolver.movesFor(constructed(problem(cop()))));

        assertEquals(EVERY_LIST_MOVE, moves);
    }

    private static final List<String> EVERY_LIST_MOVE = List.of("change earliestSession 1.0",
            "ListChangeMoveSelectorConfig null", "ListSwapMoveSelectorConfig null",
            "SubListChangeMoveSelectorConfig null", "SubListSwapMoveSelectorConfig null");

    @Test
    void anItemThatMayBeShortenedBringsMovesThatShortenIt() throws Exception {
        var problem = problem(cop());
        var item = problem.getItems().get(3);
        item.setMinDuration(item.duration() - 30, 5);

        var moves = describe(AgendaSolver.movesFor(constructed(problem)));

        assertEquals("change cut 1.0", moves.get(1));
    }

    @Test
    void theSearchStopsAfterMoreUnimprovedStepsInALargerMeeting() {
        assertEquals(5_000, Planner.unimprovedStepsFor(30));
        assertEquals(5_000, Planner.unimprovedStepsFor(50));
        assertEquals(30_000, Planner.unimprovedStepsFor(300));
        assertEquals(500_000, Planner.unimprovedStepsFor(5_000));
    }

    private static List<String> describe(UnionMoveSelectorConfig union) {
        var described = new ArrayList<String>();
        for (MoveSelectorConfig<?> move : union.getMoveSelectorList()) {
            described.add(move instanceof ChangeMoveSelectorConfig change
                    ? "change " + change.getValueSelectorConfig().getVariableName() + " "
                            + change.getFixedProbabilityWeight()
                    : move.getClass().getSimpleName() + " " + move.getFixedProbabilityWeight());
        }
        return described;
    }

    /** The construction's programme: the search stopped at its first move. */
    private static AgendaSolution constructed(AgendaSolution problem) {
        return new AgendaSolver(AgendaSolver.Settings.defaults().withMoveLimit(1L)).search(problem, score -> { })
                .best();
    }

    private static MeetingFile cop() throws Exception {
        return MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
    }

    private static AgendaSolution problem(MeetingFile meeting) throws Exception {
        return ProblemFactory.build(meeting, "meeting.json", ProblemFactory.ProgrammeUse.IGNORE).solution();
    }
}
