package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code agenda serve} as a real process, killed with SIGKILL while it writes uploads and solves, then started again
 * on the same workspace: every acknowledged meeting is there, every revision file reads back, and the solve that was
 * cut short is reported as interrupted, with the programme saved before it still the meeting's latest revision.
 */
@Timeout(90)
class ServeKilledAndRestartedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("service at (http://127\\.0\\.0\\.1:\\d+)/api/meetings");
    private static final Pattern TOKEN = Pattern.compile("Access token: (\\S+)");
    private static final Pattern PAGE = Pattern.compile("The planner's page: (http://\\S+)");
    private static final Path DATASETS = Path.of(System.getProperty("agenda.datasets", "../datasets"));

    @TempDir
    Path workspace;

    /** A started server: its process, address and token. */
    private record Server(Process process, String base, String token, double startSeconds) {
    }

    @Test
    void aKilledServerRestartsWithEveryAcknowledgedWrite() throws Exception {
        var seed = Files.readAllBytes(DATASETS.resolve("ctoc-cop-wg6-2020.json"));
        var big = Files.readAllBytes(DATASETS.resolve("cop-5day-4bodies.json"));
        var acknowledged = new ConcurrentLinkedQueue<String>();
        long testStart = System.nanoTime();
        var first = start();
        String solving;
        int uploadsSent = 0;
        try {
            solving = id(send(first, "/api/meetings", big));
            acknowledged.add(solving);
            // A first, short solve saves a programme (revision 2); the second is the one the kill cuts short.
            assertEquals(202, send(first, "/api/meetings/" + solving + "/solve",
                    "{\"timeLimit\": \"PT2S\"}".getBytes(StandardCharsets.UTF_8)).statusCode());
            awaitEnd(first, solving);
            assertEquals(202, send(first, "/api/meetings/" + solving + "/solve",
                    "{\"timeLimit\": \"PT60S\", \"unimprovedSteps\": 100000000}".getBytes(StandardCharsets.UTF_8))
                    .statusCode());
            // Uploads one after another until the kill, so that one is being written when it comes.
            var writer = new Thread(() -> {
                while (true) {
                    try {
                        var response = send(first, "/api/meetings", seed);
                        if (response.statusCode() == 201) {
                            acknowledged.add(id(response));
                        }
                    } catch (Exception serverGone) {
                        return;
                    }
                }
            }, "uploads-until-killed");
            writer.start();
            Thread.sleep(1_500);
            first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
            writer.join(10_000);
            uploadsSent = acknowledged.size();
        } finally {
            first.process().destroyForcibly();
        }

        var second = start();
        try {
            var listed = JSON.readTree(get(second, "/api/meetings").body());
            var ids = new java.util.HashSet<String>();
            listed.forEach(meeting -> ids.add(meeting.get("id").asText()));
            var lost = acknowledged.stream().filter(id -> !ids.contains(id)
                    || get(second, "/api/meetings/" + id).statusCode() != 200).toList();
            // Every revision file on disk reads back whole, as agenda score would read it.
            int files = 0;
            try (var paths = Files.walk(workspace.resolve("meetings"))) {
                for (var file : paths.filter(path -> path.getFileName().toString().matches("\\d+\\.json")).toList()) {
                    MeetingReader.read(file);
                    files++;
                }
            }
            var status = JSON.readTree(get(second, "/api/meetings/" + solving + "/solve").body());
            System.out.printf("Kill and restart: %d uploads acknowledged before SIGKILL, writes lost %d, %d revision "
                    + "files read back, restart in %.2f s (first start %.2f s), whole test %.1f s%n", uploadsSent,
                    lost.size(), files, second.startSeconds(), first.startSeconds(),
                    (System.nanoTime() - testStart) / 1e9);
            assertEquals(List.of(), lost);
            assertTrue(uploadsSent > 1, "the kill came while uploads were being written");
            assertEquals("interrupted", status.get("state").asText(), status.toString());
            // The programme saved before the kill is the latest revision, and reads, scores and renders.
            assertEquals(2, listed.get(0).get("revisions").asInt(), listed.toString());
            var saved = JSON.readTree(get(second, "/api/meetings/" + solving).body());
            assertTrue(saved.has("programme"), saved.toString());
            assertEquals(200, get(second, "/api/meetings/" + solving + "/score").statusCode());
            assertEquals(200, get(second, "/api/meetings/" + solving + "/annex?lang=en&format=text").statusCode());
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitEnd(Server server, String id) throws Exception {
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline;) {
            if (!JSON.readTree(get(server, "/api/meetings/" + id + "/solve").body()).get("state").asText()
                    .equals("solving")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the solve of " + id + " did not end within 30 s");
    }

    private Server start() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        long startNanos = System.nanoTime();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AgendaCli.class.getName(), "serve", "--port", "0", "--workspace", workspace.toString())
                .redirectErrorStream(true).start();
        var lines = new LinkedBlockingQueue<String>();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (var line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the process ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        String base = null;
        String token = null;
        String page = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((base == null || token == null || page == null) && System.nanoTime() < deadline) {
            var line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            var address = ADDRESS.matcher(line);
            var tokenLine = TOKEN.matcher(line);
            if (address.find()) {
                base = address.group(1);
            } else if (tokenLine.find()) {
                token = tokenLine.group(1);
            } else if (PAGE.matcher(line).find()) {
                page = line;
            }
        }
        if (base == null || token == null || page == null) {
            process.destroyForcibly();
            throw new AssertionError("agenda serve printed no address, token and page within 30 s: " + lines);
        }
        // The page's address carries the token after "#", which the browser keeps to itself.
        assertEquals("The planner's page: " + base + "/#token=" + token, page);
        return new Server(process, base, token, (System.nanoTime() - startNanos) / 1e9);
    }

    private static HttpResponse<String> send(Server server, String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Bearer " + server.token()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Server server, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + path))
                    .header("Authorization", "Bearer " + server.token()).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(HttpResponse<String> created) throws Exception {
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("id").asText();
    }
}
