package org.agendaplanner.benchmarks;

import java.util.List;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

/**
 * Compares local search configurations with Timefold's Benchmarker, on the meetings named below: the configurations
 * are in {@code search-configurations.xml}, the report (HTML, with a chart per meeting) goes to
 * {@code target/search-configurations/} under the directory it runs in. Every configuration stops after the same
 * number of moves with the same seed, so the scores are the same on any machine; the times are not.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.agendaplanner.benchmarks.SearchConfigurationsBenchmark</pre>
 */
public final class SearchConfigurationsBenchmark {

    static final List<Dataset> MEETINGS = List.of(Dataset.GENERATED_300_SEED_7, Dataset.COP, Dataset.GENERATED_1000);

    private SearchConfigurationsBenchmark() {
    }

    public static void main(String[] args) {
        var meetings = args.length == 0 ? MEETINGS
                : List.of(args).stream().map(Dataset::valueOf).toList();
        var problems = meetings.stream().map(Dataset::problem).toArray();
        PlannerBenchmarkFactory.createFromXmlResource("search-configurations.xml")
                .buildPlannerBenchmark(problems)
                .benchmark();
    }
}
