package org.agendaplanner.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sends requests to a service on loopback, with its token, each bounded in time. */
final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final String token;

    ServiceClient(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    static Path dataset(String name) {
        return Path.of(System.getProperty("agenda.datasets", "../datasets"), name);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type",
                "application/json"));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        var builder = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    HttpResponse<String> post(String path, String json) {
        return post(path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(Path file) throws IOException {
        return post("/api/meetings", "application/json", Files.readAllBytes(file));
    }

    /** Uploads a file and returns the new meeting's id. */
    String uploaded(Path file) throws IOException {
        var response = upload(file);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload of " + file + " gave " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asText();
    }

    /** Polls the solve of a meeting until it is no longer solving, within the time given. */
    JsonNode awaitSolved(String id, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            var status = json(get("/api/meetings/" + id + "/solve"));
            if (!status.get("state").asText().equals("solving")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the solve of " + id + " did not end within " + within);
    }

    /** Polls a running solve until it has a best programme, so that stopping it saves one. */
    void awaitBest(String id, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!json(get("/api/meetings/" + id + "/solve")).get("bestScore").isNull()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the solve of " + id + " found no programme within " + within);
    }

    HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
