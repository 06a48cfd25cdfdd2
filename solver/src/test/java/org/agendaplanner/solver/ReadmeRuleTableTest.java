package org.agendaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.solver.rules.Rule;
import org.junit.jupiter.api.Test;

/** The README's rule table is the spec: it names every rule exactly as the solver does. */
class ReadmeRuleTableTest {

    @Test
    void everyRuleHasItsRowInTheReadme() throws Exception {
        var readme = Files.readString(Path.of(System.getProperty("agenda.datasets", "../datasets"), "..",
                "README.md"));
        for (var rule : Rule.values()) {
            var row = "| " + rule.constraintName() + " | " + rule.level() + " | `" + rule.key() + "` | "
                    + rule.description() + " |";
            assertTrue(readme.contains(row), "README lacks the row: " + row);
        }
    }
}
