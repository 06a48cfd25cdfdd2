package org.agendaplanner.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.InnerScore;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

/**
 * The hot loop of the local search, as the solver runs it: try a move, have the score updated incrementally, undo
 * it; every tenth move is kept, as a step would be, so the programme changes under the moves. One operation is one
 * move evaluation. Moves are those the solver's own selectors make: an item moved to another position in its body's
 * list (everything after it shifts along), or its {@code earliestSession} changed.
 * <p>
 * A kept move is taken back by the next kept one. A programme that drifted with every kept move would be a
 * different programme after every run, of a different cost to score; this way every run measures the same work,
 * and allocation per move is steady enough to gate on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(RunSettings.FORKS)
@Warmup(iterations = RunSettings.WARMUP_ITERATIONS, time = RunSettings.WARMUP_SECONDS)
@Measurement(iterations = RunSettings.MEASUREMENT_ITERATIONS, time = RunSettings.MEASUREMENT_SECONDS)
public class ScoringLoopBenchmark {

    /** A prime, so that a move is not always the kept one or always an undone one from one round to the next. */
    private static final int MOVE_COUNT = 1009;
    private static final int KEEP_EVERY = 10;

    @Param({"SEED", "COMMISSION", "GENERATED_300", "GENERATED_1000"})
    Dataset dataset;

    private InnerScoreDirector<AgendaSolution, HardMediumSoftLongScore> scoreDirector;
    private List<Move<AgendaSolution>> moves;
    /** For each move, the move that takes it back from the prepared programme. */
    private List<Move<AgendaSolution>> undoMoves;
    private Move<AgendaSolution> keptUndoMove;
    private int evaluations;

    @Setup(Level.Trial)
    public void prepare() {
        var factory = (DefaultSolverFactory<AgendaSolution>) SolverFactory.<AgendaSolution> create(solverConfig());
        scoreDirector = factory.<HardMediumSoftLongScore> getScoreDirectorFactory().buildScoreDirector();
        var solution = inAgendaOrder(dataset.problem());
        scoreDirector.setWorkingSolution(solution);
        scoreDirector.calculateScore();
        randomMoves(solution, new Random(0));
        keptUndoMove = null;
        evaluations = 0;
    }

    /** The solver's own configuration: its moves, shadow variables and score calculator. */
    SolverConfig solverConfig() {
        return AgendaSolver.solverConfig(AgendaSolver.Settings.defaults());
    }

    @TearDown(Level.Trial)
    public void close() {
        scoreDirector.close();
    }

    @Benchmark
    public InnerScore<HardMediumSoftLongScore> evaluateMove() {
        int index = evaluations % MOVE_COUNT;
        evaluations++;
        if (evaluations % KEEP_EVERY != 0) {
            return scoreDirector.executeTemporaryMove(moves.get(index), false);
        }
        if (keptUndoMove == null) {
            scoreDirector.executeMove(moves.get(index));
            keptUndoMove = undoMoves.get(index);
        } else {
            scoreDirector.executeMove(keptUndoMove);
            keptUndoMove = null;
        }
        return scoreDirector.calculateScore();
    }

    /**
     * The programme a secretariat drafts first, and a good one: every item in its first allowed body, in agenda
     * order. Built rather than solved, so that a trial starts in a second even on the 300-item meeting.
     */
    private static AgendaSolution inAgendaOrder(AgendaSolution solution) {
        for (var item : solution.getItems()) {
            solution.getBodyPlans().stream()
                    .filter(plan -> item.allowedBodies().contains(plan.id()))
                    .findFirst().orElseThrow()
                    .getItems().add(item);
        }
        return solution;
    }

    /**
     * Half list moves within a body, half changes of {@code earliestSession} (to any session, or none), each with
     * its undo. Moves address list positions, not items, and never change a list's length, so they stay valid
     * whichever move is kept.
     */
    private void randomMoves(AgendaSolution solution, Random random) {
        var metaModel = scoreDirector.getSolutionDescriptor().getMetaModel();
        var itemsVariable = metaModel.genuineEntity(BodyPlan.class).<Item> listVariable();
        var earliestSessionVariable = metaModel.genuineEntity(Item.class).<Session> basicVariable("earliestSession");
        var items = solution.getItems();
        var sessions = solution.getSessions();
        moves = new ArrayList<>(MOVE_COUNT);
        undoMoves = new ArrayList<>(MOVE_COUNT);
        while (moves.size() < MOVE_COUNT) {
            var item = items.get(random.nextInt(items.size()));
            var body = item.getBodyPlan();
            int size = body.getItems().size();
            if (random.nextBoolean() && size > 1) {
                int from = body.getItems().indexOf(item);
                int to = (from + 1 + random.nextInt(size - 1)) % size;
                moves.add(Moves.change(itemsVariable, body, from, body, to));
                undoMoves.add(Moves.change(itemsVariable, body, to, body, from));
            } else {
                int session = random.nextInt(sessions.size() + 1);
                moves.add(Moves.change(earliestSessionVariable, item,
                        session == sessions.size() ? null : sessions.get(session)));
                undoMoves.add(Moves.change(earliestSessionVariable, item, item.getEarliestSession()));
            }
        }
    }
}
