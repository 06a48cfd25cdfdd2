package org.agendaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.exact.ExactCoverage;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.rules.Rule;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.stream.ConstraintFactory;

/**
 * Fails until a new rule is complete: every {@link Rule} has its constraint stream, its {@code ConstraintVerifier} test
 * asserting the sentence a planner reads, its row in the README's rule table (the spec), and a declared status in
 * the exact program. What it cannot see, the search's hand count, {@code AgendaScoreCalculatorTest} holds to the
 * streams.
 */
class RuleCompletenessTest {

    private static final Path MODULE = Path.of(System.getProperty("agenda.datasets", "../datasets"), "..", "solver");
    private static final Path RULE_TESTS =
            MODULE.resolve("src/test/java/org/agendaplanner/solver/rules/AgendaConstraintsTest.java");

    @Test
    void everyRuleHasItsRowInTheReadme() throws Exception {
        var readme = Files.readString(MODULE.resolve("../README.md"));
        for (var rule : Rule.values()) {
            var row = "| " + rule.constraintName() + " | " + rule.level() + " | `" + rule.key() + "` | "
                    + rule.description() + " |";
            assertTrue(readme.contains(row), "README lacks the row: " + row);
        }
    }

    @Test
    void everyRuleHasAStreamMethodNamedAfterItsKeyAndTheSolverScoresIt() throws Exception {
        var constraints = Class.forName("org.agendaplanner.solver.rules.AgendaConstraints");
        for (var rule : Rule.values()) {
            assertNotNull(constraints.getDeclaredMethod(rule.key(), ConstraintFactory.class),
                    "AgendaConstraints lacks the method " + rule.key() + "(ConstraintFactory)");
        }
        var seed = ProblemFactory.build(MeetingReader.read(Datasets.seed()), "seed",
                ProblemFactory.ProgrammeUse.IGNORE).solution();
        var scored = ScoreReport.of(seed).analysis().constraintAnalyses().stream()
                .map(constraint -> constraint.constraintName()).collect(Collectors.toSet());
        var named = Arrays.stream(Rule.values()).map(Rule::constraintName).collect(Collectors.toSet());
        assertEquals(named, scored, "defineConstraints lists exactly one constraint per rule, under its name");
    }

    @Test
    void everyRuleHasAVerifierTestThatAssertsItsSentence() throws Exception {
        var source = Files.readString(RULE_TESTS);
        for (var rule : Rule.values()) {
            var test = Pattern.compile("void " + rule.key() + "_\\w+\\(\\) \\{(.*?)\\n    }\\n", Pattern.DOTALL)
                    .matcher(source);
            assertTrue(test.find(), "AgendaConstraintsTest lacks a test named " + rule.key() + "_...");
            var body = test.group(1);
            assertTrue(body.contains("verifyThat(AgendaConstraints::" + rule.key() + ")"),
                    "the test " + rule.key() + "_... does not verify AgendaConstraints::" + rule.key());
            assertTrue(body.contains(".justifiesWith"),
                    "the test " + rule.key() + "_... does not assert the sentence a planner reads (justifiesWith)");
        }
    }

    @Test
    void everyRuleHasADeclaredStatusInTheExactProgram() {
        for (var rule : Rule.values()) {
            var status = ExactCoverage.of(rule);
            assertNotNull(status, "ExactCoverage does not say whether the exact program charges " + rule
                    + ", cannot meet it, or refuses meetings that use it");
            assertFalse(status.why().isBlank(), rule + " has no reason for its status in the exact program");
            if (status.treatment() == ExactCoverage.Treatment.REFUSED) {
                assertFalse(status.refusedWhen().isEmpty(),
                        rule + " is refused by the exact program, but no check refuses a meeting for it");
            }
        }
    }
}
