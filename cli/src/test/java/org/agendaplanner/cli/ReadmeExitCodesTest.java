package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The exit codes live in {@link ExitCodes}; the README's table and {@code --help} say the same. */
class ReadmeExitCodesTest {

    @Test
    void theReadmeTableListsEveryExitCode() throws Exception {
        var readme = Files.readString(Path.of(System.getProperty("agenda.datasets", "../datasets"), "..",
                "README.md"));
        ExitCodes.meanings().forEach((code, meaning) -> {
            var row = "| " + code + " | " + meaning + " |";
            assertTrue(readme.contains(row), "README lacks the row: " + row);
        });
    }

    @Test
    void helpListsEveryExitCode() {
        var run = CommandRun.of("--help");

        assertEquals(ExitCodes.OK, run.exitCode());
        ExitCodes.meanings().forEach((code, meaning) ->
                assertTrue(run.out().contains(meaning.substring(0, 30)), "--help lacks " + code + ": " + run.out()));
    }
}
