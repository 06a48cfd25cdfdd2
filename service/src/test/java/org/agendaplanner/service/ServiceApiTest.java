package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** Every endpoint's status codes, on loopback, one service per test. */
@Timeout(120)
class ServiceApiTest {

    private static final String TOKEN = "test-token";

    @RegisterExtension
    final RunningService service = RunningService.withToken(TOKEN);

    private ServiceClient client() {
        return service.client();
    }

    @Test
    void aRequestWithoutTheTokenGets401AndAForeignHostGets403() throws IOException {
        var anonymous = new ServiceClient(service.port(), null);
        assertEquals(401, anonymous.get("/api/meetings").statusCode());
        assertEquals(401, new ServiceClient(service.port(), "wrong").get("/api/meetings").statusCode());
        var withCookie = anonymous.request("/api/meetings").header("Cookie", AccessGuard.COOKIE + "=" + TOKEN).GET();
        assertEquals(200, sendPlain(withCookie));
        // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1.
        assertTrue(rawStatusLine("evil.example:" + service.port()).contains(" 403 "));
        assertTrue(rawStatusLine("localhost:" + service.port()).contains(" 200 "));
    }

    @Test
    void uploadsGet201Or415Or422Or413() throws IOException {
        var created = client().upload(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(201, created.statusCode());
        assertEquals("m1", ServiceClient.json(created).get("id").asText());
        // JSON is YAML too: read as YAML by its content type.
        var yaml = client().post("/api/meetings", "application/yaml",
                Files.readAllBytes(ServiceClient.dataset("cop-5day-4bodies.json")));
        assertEquals(201, yaml.statusCode(), yaml.body());
        assertEquals(415, client().post("/api/meetings", "text/plain", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode());
        var invalid = client().post("/api/meetings?name=bad.json", "{\"format\": \"agenda-planner/1\"}");
        assertEquals(422, invalid.statusCode());
        var body = ServiceClient.json(invalid);
        assertEquals("bad.json", body.get("file").asText());
        assertTrue(body.get("problems").size() > 0);
        assertTrue(body.get("lines").get(0).asText().startsWith("bad.json: "), body.toString());
        var tooLarge = client().post("/api/meetings", "application/json", new byte[21 * 1024 * 1024]);
        assertEquals(413, tooLarge.statusCode());
    }

    @Test
    void readsGet200Or400Or404() throws IOException {
        var id = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        var list = client().get("/api/meetings");
        assertEquals(200, list.statusCode());
        assertEquals(id, ServiceClient.json(list).get(0).get("id").asText());
        assertEquals(1, ServiceClient.json(list).get(0).get("revisions").asInt());
        assertEquals(200, client().get("/api/meetings/" + id).statusCode());
        assertEquals("CTOC/COP/WG.6/2020",
                ServiceClient.json(client().get("/api/meetings/" + id)).get("meeting").get("id").asText());
        assertEquals(200, client().get("/api/meetings/" + id + "/revisions/1").statusCode());
        assertEquals(404, client().get("/api/meetings/" + id + "/revisions/2").statusCode());
        assertEquals(400, client().get("/api/meetings/" + id + "/revisions/two").statusCode());
        assertEquals(404, client().get("/api/meetings/m99").statusCode());
        assertEquals(404, client().get("/api/meetings/..%2F..%2Fetc").statusCode());
        assertEquals(404, client().get("/api/nothing-here").statusCode());
        // Before a solve there is no programme to render or score.
        assertEquals(409, client().get("/api/meetings/" + id + "/annex").statusCode());
        assertEquals(409, client().get("/api/meetings/" + id + "/score").statusCode());
        assertEquals(409, client().get("/api/meetings/" + id + "/explain").statusCode());
    }

    @Test
    void validateGets200Or422Or415() throws IOException {
        var seed = Files.readAllBytes(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        var valid = client().post("/api/validate?name=seed.json", "application/json", seed);
        assertEquals(200, valid.statusCode());
        assertTrue(ServiceClient.json(valid).get("valid").asBoolean());
        assertEquals(422, client().post("/api/validate", "{}").statusCode());
        assertEquals(415, client().post("/api/validate", "text/csv", seed).statusCode());
        assertTrue(client().get("/api/meetings").body().equals("[ ]"), "validating stores nothing");
    }

    @Test
    void solvingGets202Then409WhileRunningAndStopsWith200() throws Exception {
        var id = client().uploaded(ServiceClient.dataset("cop-5day-4bodies.json"));
        assertEquals(400, client().post("/api/meetings/" + id + "/solve", "{\"timeLimit\": \"soon\"}").statusCode());
        assertEquals(400, client().post("/api/meetings/" + id + "/solve", "{\"colour\": 1}").statusCode());
        assertEquals(400, client().post("/api/meetings/" + id + "/solve", "{\"set\": [\"no.such=1\"]}").statusCode());
        var noSteps = client().post("/api/meetings/" + id + "/solve", "{\"unimprovedSteps\": 0}");
        assertEquals(400, noSteps.statusCode());
        assertTrue(noSteps.body().contains("unimprovedSteps takes 1 or more, not 0."), noSteps.body());
        assertEquals(404, client().post("/api/meetings/m42/solve", "").statusCode());
        assertEquals("idle", ServiceClient.json(client().get("/api/meetings/" + id + "/solve")).get("state").asText());

        var started = client().post("/api/meetings/" + id + "/solve",
                "{\"timeLimit\": \"PT60S\", \"unimprovedSteps\": 100000000}");
        assertEquals(202, started.statusCode());
        assertEquals(409, client().post("/api/meetings/" + id + "/solve", "").statusCode());
        var status = client().get("/api/meetings/" + id + "/solve");
        assertEquals(200, status.statusCode());
        assertEquals("solving", ServiceClient.json(status).get("state").asText());
        client().awaitBest(id, Duration.ofSeconds(30));

        var stopped = client().delete("/api/meetings/" + id + "/solve");
        assertEquals(200, stopped.statusCode());
        var end = ServiceClient.json(stopped);
        assertEquals("stopped", end.get("state").asText(), end.toString());
        assertEquals(2, end.get("revision").asInt());
        assertEquals(200, client().get("/api/meetings/" + id + "/revisions/2").statusCode());
        assertEquals(404, client().delete("/api/meetings/m42/solve").statusCode());

        // The multi-body programme renders and scores like the seed's.
        assertEquals(200, client().get("/api/meetings/" + id + "/score").statusCode());
        assertEquals(200, client().get("/api/meetings/" + id + "/annex?lang=fr&format=md").statusCode());
    }

    @Test
    void theAnnexComesInEveryFormatAndRefusesAnUnknownOneWith400() throws Exception {
        var id = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(202, client().post("/api/meetings/" + id + "/solve", "").statusCode());
        assertEquals("done", client().awaitSolved(id, Duration.ofSeconds(60)).get("state").asText());
        for (var format : new String[] {"html", "text", "md", "csv", "json", "docx"}) {
            var annex = client().getBytes("/api/meetings/" + id + "/annex?lang=zh&format=" + format);
            assertEquals(200, annex.statusCode(), format);
            assertTrue(annex.body().length > 100, format);
        }
        assertEquals(400, client().get("/api/meetings/" + id + "/annex?lang=xx").statusCode());
        assertEquals(400, client().get("/api/meetings/" + id + "/annex?format=pdf").statusCode());
        var events = java.net.http.HttpClient.newHttpClient().send(client().request("/api/meetings/" + id + "/events")
                .header("Accept", "text/event-stream").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, events.statusCode());
        assertTrue(events.body().contains("event: end"), events.body());
    }

    @Test
    void aSolveBeyondTheLimitGets429AndEventsFollowARunningSolveToItsEnd() throws Exception {
        var long1 = client().uploaded(ServiceClient.dataset("cop-5day-4bodies.json"));
        var long2 = client().uploaded(ServiceClient.dataset("cop-5day-4bodies.json"));
        var third = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        var slow = "{\"timeLimit\": \"PT60S\", \"unimprovedSteps\": 100000000}";
        assertEquals(202, client().post("/api/meetings/" + long1 + "/solve", slow).statusCode());
        assertEquals(202, client().post("/api/meetings/" + long2 + "/solve", slow).statusCode());
        // The service was started with two solving places.
        assertEquals(429, client().post("/api/meetings/" + third + "/solve", "").statusCode());

        client().awaitBest(long1, Duration.ofSeconds(30));
        var events = new java.util.concurrent.LinkedBlockingQueue<String>();
        var listening = java.net.http.HttpClient.newHttpClient().sendAsync(client().request("/api/meetings/" + long1
                + "/events").header("Accept", "text/event-stream").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        var reader = new Thread(() -> {
            try {
                listening.get(30, java.util.concurrent.TimeUnit.SECONDS).body().forEach(events::add);
            } catch (Exception e) {
                events.add("failed: " + e);
            }
        }, "events-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals("event: best", awaitLine(events, "event: "));
        assertEquals("stopped", ServiceClient.json(client().delete("/api/meetings/" + long1 + "/solve"))
                .get("state").asText());
        assertEquals("event: end", awaitLine(events, "event: end"));
        assertEquals("stopped", ServiceClient.json(client().delete("/api/meetings/" + long2 + "/solve"))
                .get("state").asText());
        assertEquals(202, client().post("/api/meetings/" + third + "/solve", "").statusCode());
        assertEquals("done", client().awaitSolved(third, Duration.ofSeconds(60)).get("state").asText());
    }

    /** The first line of the event stream that starts with the prefix, within 30 seconds. */
    private static String awaitLine(java.util.concurrent.BlockingQueue<String> lines, String prefix)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (line != null && (line.startsWith(prefix) || line.startsWith("failed: "))) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within 30 s");
    }

    @Test
    void noCrossOriginHeadersAreSent() {
        var response = sendWithOrigin();
        assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    private java.net.http.HttpResponse<String> sendWithOrigin() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(client().request("/api/meetings")
                    .header("Origin", "http://evil.example").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sendPlain(java.net.http.HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status line for a request with the Host header given, which Java's HTTP client will not send. */
    private String rawStatusLine(String host) throws IOException {
        try (var socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/meetings HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            var line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
