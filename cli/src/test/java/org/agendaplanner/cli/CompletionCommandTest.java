package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code agenda completion bash|zsh}: a script that completes the commands and their options. */
class CompletionCommandTest {

    @Test
    void printsABashScriptThatKnowsTheCommandsAndTheirOptions() {
        var run = CommandRun.of("completion", "bash");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        assertTrue(run.out().contains("complete -F _complete_agenda"), run.out());
        for (var expected : new String[] {"solve", "new", "schema", "render", "--interpreted", "--items", "--lang"}) {
            assertTrue(run.out().contains(expected), "completes " + expected);
        }
    }

    @Test
    void theZshScriptLoadsZshsBashCompletionSupport() {
        var run = CommandRun.of("completion", "zsh");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("bashcompinit"), run.out());
        assertTrue(run.out().contains("complete -F _complete_agenda"), run.out());
    }

    @Test
    void anotherShellIsAUsageError() {
        var run = CommandRun.of("completion", "fish");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("bash, zsh"), run.err());
        assertEquals("", run.out());
    }
}
