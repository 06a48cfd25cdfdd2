package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.service.AgendaService;
import org.agendaplanner.service.ServiceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code agenda serve} through the command line, and the service against the other commands: the seed solved
 * through the API is the programme {@code agenda solve} writes, and an invalid upload gets the lines
 * {@code agenda validate} prints.
 */
@Timeout(120)
class ServeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "serve-test";
    private static final Path DATASETS = Path.of(System.getProperty("agenda.datasets", "../datasets"));

    @TempDir
    Path dir;

    @Test
    void helpAndBadOptionsHaveTheirExitCodes() {
        var help = CommandRun.of("serve", "--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().contains("--workspace=DIR") && help.out().contains("--host=HOST"), help.out());
        assertEquals(ExitCodes.USAGE, CommandRun.of("serve", "--port", "seventy").exitCode());
        assertEquals(ExitCodes.USAGE, CommandRun.of("serve", "--port", "70000").exitCode());
        var open = CommandRun.of("serve", "--host", "0.0.0.0", "--no-token");
        assertEquals(ExitCodes.USAGE, open.exitCode());
        assertTrue(open.err().contains("--no-token is only for a loopback --host"), open.err());
        assertEquals(ExitCodes.USAGE, CommandRun.of("serve", "--token", "t", "--no-token").exitCode());
        assertEquals(ExitCodes.USAGE, CommandRun.of("serve", "--max-solves", "0").exitCode());
    }

    @Test
    void aPortInUseOrAWorkspaceThatIsAFileIsSaidInWords() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var busy = CommandRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--workspace",
                    dir.resolve("ws").toString());
            assertEquals(ExitCodes.USAGE, busy.exitCode());
            assertTrue(busy.err().startsWith("Cannot listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
        }
        var file = Files.writeString(dir.resolve("not-a-folder"), "x");
        var notAFolder = CommandRun.of("serve", "--port", "0", "--workspace", file.toString());
        assertEquals(ExitCodes.OUTPUT_ERROR, notAFolder.exitCode());
        assertTrue(notAFolder.err().startsWith("Cannot use the workspace " + file), notAFolder.err());
    }

    @Test
    void theSeedSolvedThroughTheServiceIsTheProgrammeAgendaSolveWrites() throws Exception {
        var seed = DATASETS.resolve("ctoc-cop-wg6-2020.json");
        var solvedByCli = dir.resolve("seed.solved.json");
        assertEquals(ExitCodes.OK, CommandRun.of("solve", seed.toString(), "-o", solvedByCli.toString(), "-q")
                .exitCode());
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, dir.resolve("ws"), TOKEN, 1))) {
            var base = "http://127.0.0.1:" + service.port() + "/api/meetings";
            var created = send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(seed)));
            assertEquals(201, created.statusCode());
            var id = JSON.readTree(created.body()).get("id").asText();
            assertEquals(202, send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/solve"))
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
            JsonNode status = null;
            for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline;) {
                status = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/solve")).GET())
                        .body());
                if (!status.get("state").asText().equals("solving")) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals("done", status.get("state").asText(), status.toString());
            assertEquals("0hard/0medium/-45soft", status.get("bestScore").asText());

            var score = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/score")).GET()).body());
            assertEquals("0hard/0medium/-45soft", score.get("score").asText());
            var annex = send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/annex?lang=zh&format=html")).GET());
            assertEquals(200, annex.statusCode());
            assertTrue(annex.body().contains("（续）"), annex.body());

            var solvedByService = dir.resolve("from-service.json");
            Files.writeString(solvedByService, send(HttpRequest.newBuilder(URI.create(base + "/" + id)).GET()).body());
            List<ItemStart> expected = MeetingReader.read(solvedByCli).programme().items();
            assertEquals(expected, MeetingReader.read(solvedByService).programme().items());
        }
    }

    @Test
    void anInvalidUploadGets422WithTheLinesAgendaValidatePrints() throws Exception {
        var bad = dir.resolve("bad.json");
        var seed = Files.readString(DATASETS.resolve("ctoc-cop-wg6-2020.json"));
        // Two problems: an end before its start, and an item of an unknown body.
        Files.writeString(bad, seed.replaceFirst("\"end\": \"13:00\"", "\"end\": \"09:00\"")
                .replaceFirst("\"duration\"", "\"body\": \"nowhere\", \"duration\""));
        var validate = CommandRun.of("validate", bad.toString());
        assertEquals(ExitCodes.INVALID_INPUT, validate.exitCode());
        var printed = Arrays.stream(validate.err().split("\n")).filter(line -> !line.isBlank()).toList();
        assertTrue(printed.size() >= 2, validate.err());
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, dir.resolve("ws"), TOKEN, 1))) {
            var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                    + "/api/meetings?name=" + java.net.URLEncoder.encode(bad.toString(), "UTF-8")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(bad)));
            assertEquals(422, response.statusCode());
            var lines = JSON.readTree(response.body()).get("lines");
            var sent = new java.util.ArrayList<String>();
            lines.forEach(line -> sent.add(line.asText()));
            assertEquals(printed, sent);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
