package org.agendaplanner.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.solver.exact.ProvenBound;
import org.agendaplanner.solver.plan.Planner;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How solving grows with the meeting: generated meetings of 100, 300, 1,000 and 5,000 items, each in a JVM of its own
 * (so that its resident memory is its own), with the time to the first programme that places every item without
 * breaking a hard rule (in the JVM's first solve and, warm, in its second), the score after fixed numbers of moves (the same on any machine), and the peak resident
 * memory. Results go to {@code scale-result.json} beside the jar, as JMH's go to {@code jmh-result.json}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.agendaplanner.benchmarks.ScaleBenchmark            # all sizes
 * java -cp benchmarks/target/benchmarks.jar org.agendaplanner.benchmarks.ScaleBenchmark GENERATED_1000  # one, printed</pre>
 */
public final class ScaleBenchmark {

    static final List<Dataset> SIZES = List.of(Dataset.GENERATED_100, Dataset.GENERATED_300_SEED_7,
            Dataset.GENERATED_1000, Dataset.GENERATED_5000);
    static final List<Long> MOVE_COUNTS = List.of(10_000L, 100_000L);
    static final String RESULT_FILE = "scale-result.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            System.out.println(JSON.writeValueAsString(measure(Dataset.valueOf(args[0]), MOVE_COUNTS)));
            return;
        }
        var results = new ArrayList<Object>();
        for (var size : SIZES) {
            results.add(JSON.readValue(inItsOwnJvm(size), Map.class));
        }
        var file = besideTheJar();
        Files.writeString(file, JSON.writeValueAsString(results));
        System.out.println(JSON.writeValueAsString(results));
        System.out.println("Wrote " + file);
    }

    /** One meeting's figures; {@code bound} and {@code gap} are null where no proven bound applies (and why says so). */
    static Map<String, Object> measure(Dataset dataset, List<Long> moveCounts) throws InvalidInputException {
        var meeting = dataset.meeting();
        var result = new LinkedHashMap<String, Object>();
        result.put("dataset", dataset.name());
        result.put("file", dataset.fileName());
        result.put("items", meeting.items().size());
        result.put("bodies", meeting.bodies().size());
        result.put("sessions", meeting.sessions().size());
        // From the start of each solve (the problem built, the solver made, the construction): the first solve in a
        // fresh JVM, as `agenda solve` has it, and the next one, warm.
        var firstFeasible = new AtomicLong(-1);
        var settings = Planner.Settings.defaults().withTimeLimit(Duration.ofMinutes(10)).withProgress(
                (alternative, score, elapsed) -> {
                    if (score.hardScore() == 0 && score.mediumScore() == 0) {
                        firstFeasible.compareAndSet(-1, elapsed.toMillis());
                    }
                });
        var scores = new LinkedHashMap<String, Object>();
        HardMediumSoftLongScore lastScore = null;
        ProvenBound.Bound bound = null;
        for (long moves : moveCounts) {
            firstFeasible.set(-1);
            long start = System.nanoTime();
            var plan = Planner.plan(meeting, dataset.fileName(), settings.withMoveLimit(moves));
            lastScore = plan.best().orElseThrow().score();
            bound = plan.bound();
            scores.put(Long.toString(moves), Map.of("score", lastScore.toString(),
                    "seconds", round((System.nanoTime() - start) / 1e9)));
            var key = moves == moveCounts.get(0) ? "firstFeasibleSecondsCold" : "firstFeasibleSecondsWarm";
            result.putIfAbsent(key, firstFeasible.get() < 0 ? null : round(firstFeasible.get() / 1e3));
        }
        result.put("scoreAfterMoves", scores);
        // The proven bound, and the gap of the last score to it, where the bound applies (see ProvenBound).
        boolean bounded = bound != null && bound.score() != null;
        result.put("bound", bounded ? bound.score().toString() : null);
        result.put("gap", bounded ? bound.score().softScore() - lastScore.softScore() : null);
        result.put("noBoundBecause", bound == null || bounded ? null : bound.reasonNotApplicable());
        result.put("peakResidentMegabytes", peakResidentMegabytes());
        result.put("maxHeapMegabytes", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return result;
    }

    private static String inItsOwnJvm(Dataset dataset) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ScaleBenchmark.class.getName(), dataset.name())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The run of " + dataset + " failed:\n" + output);
        }
        return output;
    }

    /** VmHWM, the most the process has had resident; null where /proc does not say (not Linux). */
    static Long peakResidentMegabytes() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static double round(double seconds) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", seconds));
    }

    private static Path besideTheJar() throws Exception {
        var location = Path.of(ScaleBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.resolveSibling(RESULT_FILE);
    }
}
