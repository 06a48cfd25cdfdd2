package org.agendaplanner.cli;

import org.agendaplanner.solver.plan.IndependentSolves;

import picocli.CommandLine.Option;

/** {@code --parallel N}: how many independent solves run side by side. */
public class ParallelOption {

    @Option(names = "--parallel", paramLabel = "N",
            description = "Run up to N independent solves (the remedies tried) side by side (default: one per core, "
                    + "here ${DEFAULT-VALUE}). The results are the same for any N; only the time changes.")
    int parallel = IndependentSolves.defaultParallelism();

    int parallelism() {
        if (parallel < 1) {
            throw new CliException(ExitCodes.USAGE, "--parallel takes 1 or more, not " + parallel + ".");
        }
        return parallel;
    }
}
