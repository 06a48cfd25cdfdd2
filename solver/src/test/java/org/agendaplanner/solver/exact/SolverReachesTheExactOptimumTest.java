package org.agendaplanner.solver.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every shipped meeting the exact planner can solve, the solver with its default settings ends at the proven
 * optimum. Prints how long the exact planner takes and how soon the solver first reaches the optimum.
 */
class SolverReachesTheExactOptimumTest {

    /** The shipped meetings the exact planner applies to: one body in strict agenda order. */
    static Stream<Path> datasets() {
        return Datasets.all().stream().filter(dataset -> ExactPlanner.reasonNotApplicable(read(dataset)).isEmpty());
    }

    @Test
    void theExactPlannerAppliesToTheSeedAndTheCommission() {
        assertEquals(List.of("commission-5day-2021.json", "ctoc-cop-wg6-2020.json"),
                datasets().map(dataset -> dataset.getFileName().toString()).toList());
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void solverEndsAtTheExactOptimum(Path dataset) throws Exception {
        var problem = read(dataset);

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

        var plan = ExactPlanner.solve(problem).orElseThrow();

        assertEquals(plan.score(), ScoreReport.of(plan.applyTo(read(dataset))).score());
    }

    private static AgendaSolution read(Path dataset) {
        try {
            return ProblemFactory.build(MeetingReader.read(dataset), dataset.toString(),
                    ProblemFactory.ProgrammeUse.IGNORE).solution();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("A shipped dataset is invalid: " + e.getMessage(), e);
        }
    }
}
