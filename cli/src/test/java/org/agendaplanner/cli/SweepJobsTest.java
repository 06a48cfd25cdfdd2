package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's sweep, one job per scenario and a last job that compares them, run exactly as the README writes the
 * commands: on the seed, with an interpretation budget of 4 (its own, which fits) and of 3 (which does not).
 */
class SweepJobsTest {

    private static final String SECTION = "**A sweep that outgrows one machine**";

    @TempDir
    Path directory;

    @Test
    void eachJobSolvesItsScenarioAndTheLastComparesThem() throws Exception {
        var commands = readmeCommands();
        assertEquals(2, commands.size(), "the README's sweep has a command per job and one to compare: " + commands);
        var meeting = directory.resolve("meeting.json");
        Files.copy(Datasets.seed(), meeting);
        Files.createDirectories(directory.resolve("out"));

        var fits = run(commands.get(0), "4");
        var tooFew = run(commands.get(0), "3");

        assertEquals(ExitCodes.OK, fits.exitCode(), fits.err());
        assertEquals(ExitCodes.INFEASIBLE, tooFew.exitCode(), "a budget of 3 leaves business out: " + tooFew.out());
        for (var k : List.of("3", "4")) {
            var solved = MeetingReader.read(directory.resolve("out/scenario-" + k + ".json"));
            assertEquals(List.of("interpretation.maxSessions=" + k), solved.programme().overrides());
        }
        var compare = run(commands.get(1), null);
        assertEquals(ExitCodes.OK, compare.exitCode(), compare.err());
        assertTrue(compare.out().contains("scenario-3.json") && compare.out().contains("scenario-4.json"),
                compare.out());
        assertTrue(compare.out().contains("Verdict: B (" + directory.resolve("out/scenario-4.json") + ") is best"),
                compare.out());
    }

    /**
     * One command of the README, in the test's folder: {@code K} is the scenario, and {@code out/scenario-*.json} is
     * expanded as a shell would, in name order.
     */
    private CommandRun run(String command, String k) {
        var args = new ArrayList<String>();
        for (var word : command.split(" +")) {
            if (word.equals("agenda")) {
                continue;
            }
            if (word.equals("out/scenario-*.json")) {
                try (var files = Files.list(directory.resolve("out"))) {
                    files.map(Path::toString).filter(name -> name.endsWith(".json")).sorted().forEach(args::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                continue;
            }
            var value = k == null ? word : word.replace("=K", "=" + k).replace("-K.", "-" + k + ".");
            if (value.equals("meeting.json") || value.startsWith("out/")) {
                value = directory.resolve(value).toString();
            }
            args.add(value);
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<String> readmeCommands() throws Exception {
        var readme = Files.readString(Path.of(System.getProperty("agenda.datasets", "../datasets"), "..",
                "README.md"));
        int section = readme.indexOf(SECTION);
        assertTrue(section >= 0, "the README has no section starting " + SECTION);
        int open = readme.indexOf("```sh\n", section) + "```sh\n".length();
        int close = readme.indexOf("```", open);
        return Arrays.stream(readme.substring(open, close).split("\n")).filter(line -> line.startsWith("agenda "))
                .toList();
    }
}
