package org.agendaplanner.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fixed workload that no change to Agenda Planner can speed up or slow down: hash-map look-ups, the kind of memory
 * access the score's incremental indexes make. When it moves between two runs, the machine moved, not the code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(RunSettings.FORKS)
@Warmup(iterations = RunSettings.WARMUP_ITERATIONS, time = RunSettings.WARMUP_SECONDS)
@Measurement(iterations = RunSettings.MEASUREMENT_ITERATIONS, time = RunSettings.MEASUREMENT_SECONDS)
public class ControlBenchmark {

    private static final int SIZE = 4096;

    private final Map<Integer, Integer> map = new HashMap<>();
    private Integer[] keys;

    @Setup
    public void fill() {
        var random = new Random(0);
        keys = new Integer[SIZE];
        for (int i = 0; i < SIZE; i++) {
            keys[i] = random.nextInt();
            map.put(keys[i], i);
        }
    }

    /** One operation is {@value #SIZE} look-ups. */
    @Benchmark
    public long hashMapLookups() {
        long sum = 0;
        for (var key : keys) {
            sum += map.get(key);
        }
        return sum;
    }
}
