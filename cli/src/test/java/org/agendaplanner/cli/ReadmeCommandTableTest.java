package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;

/** Every command of the command line has its row in the README's command table. */
class ReadmeCommandTableTest {

    @Test
    void everyCommandHasARow() throws Exception {
        var readme = Files.readString(Datasets.directory().resolveSibling("README.md"));
        var commands = AgendaCli.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()))
                .getSubcommands().keySet();

        for (var command : commands) {
            if (!command.equals("help")) {
                assertTrue(readme.contains("| `agenda " + command + " ") || readme.contains("| `agenda " + command
                        + "` |"), "README's command table has no row for agenda " + command);
            }
        }
        assertTrue(commands.contains("new") && commands.contains("schema") && commands.contains("completion"));
    }
}
