package org.agendaplanner.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.Main;

/**
 * JMH's own command line, which by itself writes results only to the screen. Unless told otherwise ({@code -rf} or
 * {@code -rff}), this one also writes them as JSON to {@code jmh-result.json} beside the jar, so that a plain
 * {@code java -jar benchmarks/target/benchmarks.jar} always leaves its figures at the same place for tools to read.
 */
public final class BenchmarksMain {

    static final String RESULT_FILE = "jmh-result.json";

    private BenchmarksMain() {
    }

    public static void main(String[] args) throws Exception {
        Main.main(withDefaultResultFile(List.of(args), besideTheJar()).toArray(String[]::new));
    }

    /** The arguments, with JSON results at {@code resultFile} added unless they say where results go. */
    static List<String> withDefaultResultFile(List<String> args, Path resultFile) {
        if (args.contains("-rf") || args.contains("-rff")) {
            return args;
        }
        var completed = new ArrayList<>(args);
        completed.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
        return completed;
    }

    private static Path besideTheJar() throws URISyntaxException {
        var location = Path.of(BenchmarksMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.resolveSibling(RESULT_FILE);
    }
}
