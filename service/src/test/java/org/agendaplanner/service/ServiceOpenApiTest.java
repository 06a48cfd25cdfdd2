package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/openapi.json describes every route the service has, and no other. */
@Timeout(60)
class ServiceOpenApiTest {

    @TempDir
    Path workspace;

    @Test
    void everyRegisteredRouteIsDescribedAndEveryDescribedOneRegistered() throws Exception {
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace, "t", 1))) {
            var client = new ServiceClient(service.port(), "t");
            var response = client.get("/api/openapi.json");
            assertEquals(200, response.statusCode());
            assertEquals(401, new ServiceClient(service.port(), null).get("/api/openapi.json").statusCode());
            var description = ServiceClient.json(response);
            assertTrue(description.get("openapi").asText().startsWith("3."), description.get("openapi").toString());
            var described = new ArrayList<String>();
            description.get("paths").properties().forEach(path -> path.getValue().properties()
                    .forEach(method -> described.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
            var routes = service.routes();
            assertTrue(routes.contains("PUT /api/meetings/{id}/programme"), routes.toString());
            assertEquals(routes.stream().sorted().toList(), described.stream().sorted().toList());
        }
    }
}
