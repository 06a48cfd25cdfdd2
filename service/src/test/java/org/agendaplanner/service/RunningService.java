package org.agendaplanner.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A service on loopback (a free port, a workspace of its own, two solving places) for each test, stopped after it,
 * with a client that carries its token. Register it on a field:
 * {@code @RegisterExtension final RunningService service = RunningService.withToken("t");}
 */
final class RunningService implements BeforeEachCallback, AfterEachCallback {

    private static final int SOLVING_PLACES = 2;

    private final String token;
    private Path workspace;
    private AgendaService service;
    private ServiceClient client;

    private RunningService(String token) {
        this.token = token;
    }

    static RunningService withToken(String token) {
        return new RunningService(token);
    }

    /** A service that asks for no token, as {@code agenda serve --no-token} runs. */
    static RunningService withoutToken() {
        return new RunningService(null);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        workspace = Files.createTempDirectory("agenda-service-test");
        service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace, token, SOLVING_PLACES));
        client = new ServiceClient(service.port(), token);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            deleteRecursively(workspace);
        }
    }

    int port() {
        return service.port();
    }

    ServiceClient client() {
        return client;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
