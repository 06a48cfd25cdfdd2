package org.agendaplanner.solver.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every shipped meeting the exact planner can solve, the solver with its default settings ends at the proven
 * optimum. Prints how long the exact planner takes and how soon the solver first reaches the optimum.
 */
class SolverReachesTheExactOptimumTest {

    static Stream<Path> datasets() {
        return Datasets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void solverEndsAtTheExactOptimum(Path dataset) throws Exception {
        var problem = read(dataset);
        assumeTrue(ExactPlanner.reasonNotApplicable(problem).isEmpty(),
                () -> dataset + ": " + ExactPlanner.reasonNotApplicable(problem).orElseThrow());

        long exactStarted = System.nanoTime();
        var optimum = ExactPlanner.solve(problem).orElseThrow().score();
        long exactMillis = (System.nanoTime() - exactStarted) / 1_000_000;

        var firstAtOptimum = new long[] {-1};
        long solveStarted = System.nanoTime();
        var solved = new AgendaSolver(AgendaSolver.Settings.defaults()).solve(read(dataset), best -> {
            if (firstAtOptimum[0] < 0 && best.compareTo(optimum) >= 0) {
                firstAtOptimum[0] = (System.nanoTime() - solveStarted) / 1_000_000;
            }
        });

        System.out.printf("%s: exact optimum %s in %d ms; solver %s, first at the optimum after %d ms%n",
                dataset.getFileName(), optimum, exactMillis, solved.getScore(), firstAtOptimum[0]);
        assertEquals(optimum, solved.getScore(), dataset + ": the solver's score against the exact optimum");
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void exactPlanScoresAsItSays(Path dataset) throws Exception {
        var problem = read(dataset);
        assumeTrue(ExactPlanner.reasonNotApplicable(problem).isEmpty());

        var plan = ExactPlanner.solve(problem).orElseThrow();

        assertEquals(plan.score(), ScoreReport.of(plan.applyTo(read(dataset))).score());
    }

    private static AgendaSolution read(Path dataset) throws Exception {
        return ProblemFactory.build(MeetingFiles.read(dataset), dataset.toString(), ProblemFactory.ProgrammeUse.IGNORE)
                .solution();
    }
}
