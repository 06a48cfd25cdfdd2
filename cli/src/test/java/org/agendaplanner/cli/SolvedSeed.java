package org.agendaplanner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;

/** The seed meeting solved once per test run through {@code agenda solve}, for the tests that render it. */
final class SolvedSeed {

    private static Path file;

    private SolvedSeed() {
    }

    static synchronized Path file() {
        if (file == null) {
            try {
                var directory = Files.createTempDirectory("agenda-seed");
                directory.toFile().deleteOnExit();
                var solved = directory.resolve("seed.solved.json");
                var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", solved.toString(), "--quiet");
                if (run.exitCode() != ExitCodes.OK) {
                    throw new IllegalStateException("The seed did not solve: " + run.err());
                }
                solved.toFile().deleteOnExit();
                file = solved;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
