package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.agendaplanner.service.AgendaService;
import org.agendaplanner.service.ServiceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The service's compare and recommend send the JSON that {@code agenda compare --format json} and
 * {@code agenda recommend --format json} print for the same revisions, on the multi-body meeting.
 */
@Timeout(120)
class ServeAnalysisSameAsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DATASETS = Path.of(System.getProperty("agenda.datasets", "../datasets"));

    @TempDir
    Path dir;

    @Test
    void compareAndRecommendAreTheCommandsJson() throws Exception {
        var workspace = dir.resolve("ws");
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace, null, 1))) {
            var base = "http://127.0.0.1:" + service.port() + "/api/meetings";
            var created = send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(DATASETS.resolve("cop-5day-4bodies.json"))));
            assertEquals(201, created.statusCode());
            var id = JSON.readTree(created.body()).get("id").asText();
            assertEquals(202, send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/solve"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"moveLimit\": 3000}"))).statusCode());
            for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline;) {
                var state = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/solve")).GET())
                        .body()).get("state").asText();
                if (!state.equals("solving")) {
                    assertEquals("done", state);
                    break;
                }
                Thread.sleep(50);
            }
            // A draft with the first two items of one session swapped: revision 3.
            var draft = (ObjectNode) JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id)).GET())
                    .body()).get("programme");
            draft.remove("segments");
            var items = draft.withArray("items");
            for (int i = 0; i + 1 < items.size(); i++) {
                var first = (ObjectNode) items.get(i);
                var second = (ObjectNode) items.get(i + 1);
                if (first.get("session").equals(second.get("session"))) {
                    var start = first.get("start");
                    first.set("start", second.get("start"));
                    second.set("start", start);
                    break;
                }
            }
            assertEquals(201, send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/programme"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(draft.toString()))).statusCode());

            // The command line names the files by the paths given; the service as ID/N.json.
            var meetings = workspace.resolve("meetings");
            var latest = meetings.resolve(id).resolve("3.json").toString();
            var earlier = meetings.resolve(id).resolve("2.json").toString();
            var prefix = meetings + java.io.File.separator;

            var compare = CommandRun.of("compare", latest, earlier, "--format", "json");
            assertEquals(JSON.readTree(compare.out().replace(prefix, "")),
                    JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/compare?with=2")).GET())
                            .body()));

            var item = items.get(3).get("item").asText();
            var recommend = CommandRun.of("recommend", latest, item, "--top", "3", "--format", "json");
            assertEquals(JSON.readTree(recommend.out().replace(prefix, "")),
                    JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/recommend?item=" + item
                            + "&top=3")).GET()).body()));
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
