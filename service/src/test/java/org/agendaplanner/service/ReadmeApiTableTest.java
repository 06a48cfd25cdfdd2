package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's API table lists every route the service has, and no other. */
class ReadmeApiTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE)` \\| `([^`?\\[]+)[^`]*` \\|",
            Pattern.MULTILINE);

    @TempDir
    Path workspace;

    @Test
    void everyRouteHasARowAndEveryRowARoute() throws Exception {
        var readme = Files.readString(ServiceClient.dataset("..").resolve("README.md"));
        var rows = new ArrayList<String>();
        var matcher = ROW.matcher(readme);
        while (matcher.find()) {
            rows.add(matcher.group(1) + " " + matcher.group(2));
        }
        try (var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace, "t", 1))) {
            var routes = service.routes();
            assertTrue(routes.size() >= 12, routes.toString());
            assertEquals(routes.stream().sorted().toList(), rows.stream().sorted().toList());
        }
    }
}
