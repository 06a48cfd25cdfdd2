package org.agendaplanner.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.plan.ProblemFactory;
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

/**
 * What {@code agenda solve} does before the search can start, and what {@code --time-limit} counts as well: read the
 * file (strict parsing), validate it, and build the solver's problem. On the largest meeting a file may hold (5,000
 * items), all of it should stay well under a second, so that {@code --time-limit 1s} is honoured within its margin;
 * on a shared 2-core machine it took about 155 ms warm (within a cold {@code agenda solve}, JVM start included, the
 * search began 0.9 s after the command). Any step that grows faster than the items (a pairwise
 * check, a list searched per item) shows here first.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class PreparationBenchmark {

    @Param({"GENERATED_5000"})
    Dataset dataset;

    private Path file;

    @Setup(Level.Trial)
    public void writeMeeting() throws IOException {
        file = Files.createTempDirectory("agenda-preparation").resolve(dataset.fileName());
        MeetingWriter.write(dataset.meeting(), file);
    }

    @Benchmark
    public AgendaSolution readValidateAndBuild() throws InvalidInputException {
        var meeting = MeetingReader.read(file);
        return ProblemFactory.build(meeting, dataset.fileName(), ProblemFactory.ProgrammeUse.IGNORE).solution();
    }

    @TearDown(Level.Trial)
    public void removeMeeting() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }
}
