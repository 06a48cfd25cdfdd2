package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a real {@code agenda solve} in its own JVM on a meeting that keeps it searching for a while, when it gets
 * SIGTERM or SIGINT (Ctrl-C) mid-solve, then it stops within a few seconds, says it was interrupted and what it left
 * out, and writes the best programme found so far: a complete, valid solved file that accounts for every item, with
 * no temporary file beside it; and an existing output is kept, the new programme written beside it.
 */
@DisabledOnOs(OS.WINDOWS) // no signals to send
class SolveInterruptedTest {

    /** "Within a second" on an idle machine; the bound leaves room for a loaded one, and for writing the file. */
    private static final long STOPS_WITHIN_SECONDS = 8;

    @TempDir
    Path directory;

    @Test
    void sigtermStopsTheSolveAndWritesTheBestProgrammeFoundSoFar() throws Exception {
        var input = directory.resolve("long-meeting.json");
        Files.writeString(input, longMeeting(120, 15));
        var output = directory.resolve("out.json");

        var interrupted = interrupt("TERM", input, output);

        assertEquals(128 + 15, interrupted.exitCode(), "the JVM ends as interrupted by SIGTERM");
        assertTrue(interrupted.out().contains("Interrupted after "), interrupted.out());
        assertTrue(interrupted.out().contains("Score: "), interrupted.out());
        assertTrue(interrupted.out().contains("Wrote " + output), interrupted.out());
        assertEveryItemAccountedFor(output);
        try (var files = Files.list(directory)) {
            assertEquals(2, files.count(), "only the input and out.json, no temporary file");
        }
    }

    @Test
    void ctrlCKeepsAnExistingOutputAndWritesBesideIt() throws Exception {
        var input = directory.resolve("long-meeting.json");
        Files.writeString(input, longMeeting(120, 15));
        var output = directory.resolve("out.json");
        var earlier = "{\"an earlier, finished programme\": true}\n";
        Files.writeString(output, earlier);

        var interrupted = interrupt("INT", input, output);

        assertEquals(128 + 2, interrupted.exitCode(), "the JVM ends as interrupted by SIGINT");
        assertEquals(earlier, Files.readString(output), "the existing output is never replaced by an interrupted solve");
        var beside = directory.resolve("out.interrupted.json");
        assertTrue(interrupted.out().contains("Kept the existing " + output + "; the programme found so far is in "
                + beside + "."), interrupted.out());
        assertEveryItemAccountedFor(beside);
    }

    private record Interrupted(int exitCode, String out) {
    }

    /** Runs the solve, sends the signal once it reports a first programme, and waits a bounded time for its end. */
    private static Interrupted interrupt(String signal, Path input, Path output) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.agendaplanner.cli.AgendaCli", "solve", input.toString(), "-o", output.toString(),
                "--time-limit", "120s", "--unimproved-steps", "1000000000")
                .start();
        // Own threads, not the common pool: on two cores the pool has one worker, and the output reader would hold it
        // until the process ends, so the progress line would be read only after the solve had finished.
        var readers = Executors.newFixedThreadPool(3);
        try {
            var printed = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, readers);
            var progress = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            var firstBest = CompletableFuture.supplyAsync(() -> progress.lines()
                    .filter(line -> line.contains("best")).findFirst().orElse(null), readers);
            assertTrue(firstBest.get(60, TimeUnit.SECONDS) != null, "no progress line before the process ended");
            // Keep draining standard error so that the process never blocks on a full pipe.
            CompletableFuture.runAsync(() -> progress.lines().forEach(line -> { }), readers);

            assertTrue(process.isAlive(), "the solve ended before it could be interrupted; make the meeting longer");
            long signalled = System.nanoTime();
            var kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
            assertEquals(0, kill.waitFor(), "kill -" + signal + " failed");
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the solve did not stop after SIG" + signal);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled);
            assertTrue(seconds < STOPS_WITHIN_SECONDS, "took " + seconds + " s to stop after SIG" + signal);
            return new Interrupted(process.exitValue(), printed.get(10, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
            readers.shutdownNow();
        }
    }

    private static void assertEveryItemAccountedFor(Path solvedFile) throws Exception {
        var solved = MeetingReader.read(solvedFile);
        var accounted = new HashSet<String>();
        solved.programme().items().forEach(start -> accounted.add(start.item()));
        if (solved.programme().unscheduled() != null) {
            accounted.addAll(solved.programme().unscheduled());
        }
        assertEquals(solved.items().size(), accounted.size(), "every item is placed or listed as unscheduled");
    }

    /** One plenary, morning and afternoon sessions for {@code days} days, {@code items} items of mixed length. */
    private static String longMeeting(int items, int days) {
        var sessions = new StringBuilder();
        var first = LocalDate.of(2030, 3, 4);
        for (int day = 0; day < days; day++) {
            var date = first.plusDays(day);
            sessions.append(day == 0 ? "" : ",\n")
                    .append("    {\"id\": \"d").append(day).append("-am\", \"body\": \"plenary\", \"date\": \"")
                    .append(date).append("\", \"start\": \"10:00\", \"end\": \"13:00\"},\n")
                    .append("    {\"id\": \"d").append(day).append("-pm\", \"body\": \"plenary\", \"date\": \"")
                    .append(date).append("\", \"start\": \"15:00\", \"end\": \"18:00\"}");
        }
        var agenda = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            agenda.append(i == 1 ? "" : ",\n")
                    .append("    {\"id\": \"").append(i).append("\", \"number\": \"").append(i)
                    .append("\", \"title\": {\"en\": \"Item ").append(i).append("\"}, \"duration\": \"PT")
                    .append(15 + 5 * (i * 7 % 13)).append("M\"}");
        }
        return """
                {
                  "format": "agenda-planner/1",
                  "comment": "Generated by SolveInterruptedTest: long enough that the search is still improving when interrupted.",
                  "meeting": {"id": "TEST/LONG", "title": {"en": "A long meeting"}},
                  "bodies": [{"id": "plenary", "name": {"en": "Plenary"}}],
                  "sessions": [
                %s
                  ],
                  "items": [
                %s
                  ],
                  "rules": {"order": "free"}
                }
                """.formatted(sessions, agenda);
    }
}
