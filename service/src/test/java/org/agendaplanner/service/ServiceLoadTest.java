package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback: clients mixing uploads, reads, annexes and solves; no request may fail, and every
 * acknowledged upload must be readable afterwards.
 */
@Timeout(60)
class ServiceLoadTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS_EACH = 40;

    @TempDir
    Path workspace;

    @Test
    void eightClientsGetNoErrorAndLoseNoWrite() throws Exception {
        var token = AccessGuard.newToken();
        var seed = Files.readAllBytes(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        var errors = new ConcurrentLinkedQueue<String>();
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var requests = new AtomicInteger();
        long startNanos;
        long nanos;
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace, token, 2))) {
            var client = new ServiceClient(service.port(), token);
            var solved = client.uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
            client.post("/api/meetings/" + solved + "/solve", "");
            client.awaitSolved(solved, java.time.Duration.ofSeconds(30));
            var pool = Executors.newFixedThreadPool(CLIENTS);
            startNanos = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                pool.execute(() -> {
                    for (int r = 0; r < REQUESTS_EACH; r++) {
                        var response = switch (r % 5) {
                            case 0 -> client.post("/api/meetings", "application/json", seed);
                            case 1 -> client.get("/api/meetings");
                            case 2 -> client.get("/api/meetings/" + solved + "/annex?lang=zh&format=html");
                            case 3 -> client.get("/api/meetings/" + solved + "/score");
                            default -> client.post("/api/meetings/" + solved + "/solve", "");
                        };
                        requests.incrementAndGet();
                        // A solve asked for while one runs is refused (409) or over the limit (429): both expected.
                        var expected = r % 5 == 0 ? Set.of(201) : r % 5 == 4 ? Set.of(202, 409, 429) : Set.of(200);
                        if (!expected.contains(response.statusCode())) {
                            errors.add(response.statusCode() + " " + response.uri() + ": " + response.body());
                        } else if (r % 5 == 0) {
                            acknowledged.add(ServiceClient.json(response).get("id").asText());
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(50, TimeUnit.SECONDS);
            nanos = System.nanoTime() - startNanos;
            client.awaitSolved(solved, java.time.Duration.ofSeconds(30));
            var lost = acknowledged.stream().filter(id -> client.get("/api/meetings/" + id).statusCode() != 200)
                    .toList();
            System.out.printf("Load: %d clients x %d requests = %d requests in %.2f s, errors %d, acknowledged "
                    + "uploads %d, writes lost %d%n", CLIENTS, REQUESTS_EACH, requests.get(), nanos / 1e9,
                    errors.size(), acknowledged.size(), lost.size());
            assertEquals(List.of(), List.copyOf(errors));
            assertEquals(CLIENTS * REQUESTS_EACH, requests.get());
            assertEquals(List.of(), lost);
            assertEquals(CLIENTS * REQUESTS_EACH / 5, acknowledged.size());
        }
    }
}
