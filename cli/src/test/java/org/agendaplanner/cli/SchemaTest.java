package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema of the format: the committed copy is what {@code agenda schema} prints, and every shipped
 * dataset and every file {@code agenda new} writes is valid against it, checked by an independent validator.
 */
class SchemaTest {

    private static final Path COMMITTED = Datasets.directory().resolveSibling("docs").resolve(MeetingSchema.FILE_NAME);

    @TempDir
    Path directory;

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(CommandRun.of("schema").out());
    }

    private static List<String> errors(String text, InputFormat format) {
        return schema().validate(text, format).stream().map(Error::toString).toList();
    }

    @Test
    void theCommittedCopyIsWhatTheCommandPrints() throws Exception {
        var run = CommandRun.of("schema");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(Files.readString(COMMITTED), run.out(), "docs/" + MeetingSchema.FILE_NAME + " is out of date; "
                + "regenerate it with: mvn -B -q package -pl cli -am -DskipTests && java -jar cli/target/agenda.jar "
                + "schema > docs/" + MeetingSchema.FILE_NAME);
    }

    static Stream<Path> datasets() {
        return Datasets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyShippedDatasetIsValid(Path dataset) throws Exception {
        assertEquals(List.of(), errors(Files.readString(dataset), InputFormat.JSON));
    }

    @Test
    void aSolvedFileIsValid() throws Exception {
        assertEquals(List.of(), errors(Files.readString(SolvedSeed.file()), InputFormat.JSON));
    }

    static Stream<List<String>> newOptions() {
        return Stream.of(
                List.of("--from", "2027-03-16"),
                List.of("--from", "2027-03-16", "--days", "5", "--bodies", "plenary,cow,wg1", "--interpreted", "3"),
                List.of("--from", "2027-03-16", "--grid", "09:30-12:30,14:30-17:30,18:00-20:00", "--interpreted",
                        "none"),
                List.of("--from", "2027-03-16", "--days", "3", "--bodies", "plenary,cow", "--items", "ITEMS"));
    }

    @ParameterizedTest
    @MethodSource("newOptions")
    void everyFileAgendaNewWritesIsValid(List<String> options) throws Exception {
        var items = Files.writeString(directory.resolve("items.csv"), NewCommandTest.ITEMS_CSV);
        var arguments = Stream.concat(Stream.of("new"), options.stream())
                .map(option -> option.equals("ITEMS") ? items.toString() : option).toList();
        var yaml = CommandRun.of(arguments.toArray(String[]::new));
        var json = directory.resolve("m.json");
        var jsonRun = CommandRun.of(Stream.concat(arguments.stream(), Stream.of("-o", json.toString()))
                .toArray(String[]::new));

        assertEquals(ExitCodes.OK, yaml.exitCode(), yaml.err());
        assertEquals(ExitCodes.OK, jsonRun.exitCode(), jsonRun.err());
        assertEquals(List.of(), errors(yaml.out(), InputFormat.YAML));
        assertEquals(List.of(), errors(Files.readString(json), InputFormat.JSON));
    }

    @Test
    void theSchemaCatchesWhatAnEditorShouldMark() throws Exception {
        var seed = Files.readString(Datasets.seed());

        var misspelt = errors(seed.replace("\"duration\"", "\"durration\""), InputFormat.JSON);
        var badTime = errors(seed.replace("\"10:00\"", "\"10h\""), InputFormat.JSON);
        var badLanguage = errors(seed.replace("\"languages\": [\"ar\"", "\"languages\": [\"de\""), InputFormat.JSON);
        var badTextLanguage = errors(seed.replace("\"zh\":", "\"chinese\":"), InputFormat.JSON);
        var noFormat = errors(seed.replace("\"format\": \"agenda-planner/1\",", ""), InputFormat.JSON);

        assertTrue(misspelt.stream().anyMatch(error -> error.contains("durration")), misspelt.toString());
        assertTrue(misspelt.stream().anyMatch(error -> error.contains("duration")), "required: " + misspelt);
        assertTrue(badTime.stream().anyMatch(error -> error.startsWith("/sessions/0/start")), badTime.toString());
        assertTrue(badLanguage.stream().anyMatch(error -> error.startsWith("/interpretation/languages/0")),
                badLanguage.toString());
        assertFalse(badTextLanguage.isEmpty());
        assertTrue(noFormat.stream().anyMatch(error -> error.contains("format")), noFormat.toString());
    }
}
