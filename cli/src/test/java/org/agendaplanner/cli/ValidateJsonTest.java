package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code validate --format json}: what other tools read, the problems with their paths and fixes. */
class ValidateJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void aValidFileIsReportedValid() throws Exception {
        var run = CommandRun.of("validate", Datasets.seed().toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals(true, JSON.readTree(run.out()).get("valid").asBoolean());
    }

    @Test
    void everyProblemComesWithItsPathAndFix() throws Exception {
        var broken = directory.resolve("broken.json");
        Files.writeString(broken, Files.readString(Datasets.seed())
                .replace("\"duration\": \"PT10M\"", "\"duration\": \"PT0M\"")
                .replace("\"lastSession\": true", "\"lastSession\": true, \"after\": [\"9\"]"));

        var run = CommandRun.of("validate", broken.toString(), "--format", "json");

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        var report = JSON.readTree(run.out());
        assertEquals(false, report.get("valid").asBoolean());
        assertEquals("items[0].duration", report.get("problems").get(0).get("path").asText());
        assertEquals("items[5].after[0]", report.get("problems").get(1).get("path").asText());
        assertEquals("items[5] (5).after[0]", report.get("problems").get(1).get("place").asText());
        assertEquals("The items are \"1a\", \"1b\", \"2\", \"3\", \"4\", \"5\". Use an item id from \"items\".",
                report.get("problems").get(1).get("fix").asText());
        assertEquals("", run.err(), "the JSON on standard output is the whole report");
    }
}
