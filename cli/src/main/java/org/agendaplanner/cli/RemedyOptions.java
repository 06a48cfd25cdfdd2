package org.agendaplanner.cli;

import java.time.Duration;

import org.agendaplanner.solver.plan.Remedies;

import picocli.CommandLine.Option;

/** Whether and for how long {@code solve} and {@code replan} look for remedies when business is left out. */
public class RemedyOptions {

    @Option(names = "--remedies-time-limit", paramLabel = "DURATION", defaultValue = "10s",
            converter = SolveCommand.DurationConverter.class,
            description = "When items are left out, try the relaxations a secretariat has (one more session, team, "
                    + "budget; a shorter item) for at most this long together, and list those that would place "
                    + "every item (default: ${DEFAULT-VALUE}).")
    Duration timeLimit = Remedies.DEFAULT_TIME_LIMIT;

    @Option(names = "--no-remedies", description = "Do not look for remedies when items are left out.")
    boolean none;
}
