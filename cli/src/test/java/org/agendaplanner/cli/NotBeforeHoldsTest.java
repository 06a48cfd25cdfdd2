package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the seed with item 4 (15 minutes, before the adoption of the report in the last afternoon) not to start
 * before a time on Wednesday afternoon, when it is solved, then a feasible programme starts it no earlier, and a
 * notBefore too late for the adoption to follow it by 18:00 leaves it out, with exit code 4, rather than placing it
 * early in a file that calls itself feasible.
 */
class NotBeforeHoldsTest {

    @TempDir
    Path directory;

    @Test
    void aFeasibleProgrammeStartsTheItemNoEarlierThanItsNotBefore() throws Exception {
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", seedWithNotBefore("2020-03-18T17:10").toString(), "-o", output.toString(),
                "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        var start = MeetingReader.read(output).programme().items().stream()
                .filter(each -> each.item().equals("4")).findFirst().orElseThrow();
        assertEquals("wed-pm", start.session());
        assertFalse(start.start().isBefore(LocalTime.of(17, 10)), start.toString());
        assertEquals(ExitCodes.OK, CommandRun.of("score", output.toString()).exitCode());
    }

    @Test
    void aNotBeforeTooLateForTheAgendaOrderLeavesTheItemOut() throws Exception {
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", seedWithNotBefore("2020-03-18T17:20").toString(), "-o", output.toString(),
                "--quiet");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Unscheduled: 4"), run.out());
        var programme = MeetingReader.read(output).programme();
        assertEquals(List.of("4"), programme.unscheduled());
        assertTrue(programme.items().stream().noneMatch(each -> each.item().equals("4")), programme.toString());
    }

    private Path seedWithNotBefore(String notBefore) throws Exception {
        var text = Files.readString(Datasets.seed());
        var item4 = "\"duration\": \"PT15M\",";
        assertTrue(text.contains(item4));
        var file = directory.resolve("not-before.json");
        Files.writeString(file, text.replace(item4, item4 + " \"notBefore\": \"" + notBefore + "\","));
        return file;
    }
}
