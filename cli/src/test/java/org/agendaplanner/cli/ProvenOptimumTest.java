package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.solver.exact.ExactPlanner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the exact program proves the optimum of a meeting (one body in strict agenda order), {@code solve} does not
 * settle for less: the search goes on until it reaches that optimum, and should the time limit come first, the exact
 * program's programme is written.
 */
class ProvenOptimumTest {

    @TempDir
    Path directory;

    private Path input;
    private String optimum;

    /** The 100-item one-body meeting of the benchmarks, on which 5,000 steps without improvement stopped short. */
    @BeforeEach
    void generateMeeting() throws Exception {
        var meeting = MeetingGenerator.generate(MeetingGenerator.Parameters.of(20, 1, 100, 1));
        input = directory.resolve("hundred.json");
        MeetingWriter.write(meeting, input);
        optimum = ExactPlanner.solve(ProblemFactory.build(meeting, input.toString(),
                ProblemFactory.ProgrammeUse.IGNORE).solution()).orElseThrow().score().toString();
    }

    @Test
    void theSearchGoesOnUntilItReachesTheProvenOptimum() throws Exception {
        var output = directory.resolve("solved.json");

        var run = CommandRun.of("solve", input.toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(optimum, MeetingReader.read(output).programme().score());
        assertTrue(run.out().contains("Proven optimal"), run.out());
    }

    @Test
    void theExactProgrammeIsWrittenWhenTheTimeLimitComesFirst() throws Exception {
        var output = directory.resolve("solved.json");

        var run = CommandRun.of("solve", input.toString(), "-o", output.toString(), "--quiet", "--time-limit", "1ms");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(optimum, MeetingReader.read(output).programme().score());
        assertTrue(run.out().contains("before it reached the exact dynamic program's optimum"), run.out());
    }
}
