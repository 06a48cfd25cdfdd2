package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.solver.exact.ExactPlanner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the exact program proves the optimum of a meeting (one body in strict agenda order), {@code solve} takes it at
 * once: nothing better exists, and the search might take long to find it.
 */
class ProvenOptimumTest {

    @TempDir
    Path directory;

    /** The 100-item one-body meeting of the benchmarks, on which 5,000 steps without improvement stopped short. */
    @Test
    void theProvenOptimumIsWrittenAtOnce() throws Exception {
        var meeting = MeetingGenerator.generate(MeetingGenerator.Parameters.of(20, 1, 100, 1));
        var input = directory.resolve("hundred.json");
        MeetingWriter.write(meeting, input);
        var optimum = ExactPlanner.solve(ProblemFactory.build(meeting, input.toString(),
                ProblemFactory.ProgrammeUse.IGNORE).solution()).orElseThrow().score().toString();
        var output = directory.resolve("solved.json");

        var run = CommandRun.of("solve", input.toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(optimum, MeetingReader.read(output).programme().score());
        assertTrue(run.out().contains("Proven optimal: planned by the exact dynamic program"), run.out());
    }

    /**
     * A one-body meeting of 20 items over five days, on which the search ran to the whole time limit (60 s) without
     * reaching the optimum: the solve now ends at the optimum, with one progress line and no search.
     */
    @Test
    void aSmallOneBodyMeetingEndsAtItsOptimumWithoutSearching() throws Exception {
        var input = directory.resolve("twenty.json");
        MeetingWriter.write(MeetingGenerator.generate(MeetingGenerator.Parameters.of(5, 1, 20, 0)), input);

        var run = CommandRun.of("solve", input.toString(), "-o", directory.resolve("solved.json").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Score: 0hard/0medium/-155soft"), run.out());
        assertTrue(run.out().contains("Proven optimal"), run.out());
        assertEquals(1, run.err().lines().filter(line -> line.contains("best")).count(), run.err());
    }
}
