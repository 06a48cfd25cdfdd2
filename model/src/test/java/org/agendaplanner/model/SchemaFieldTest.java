package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file may name its JSON Schema for editors; the reader accepts it and a written file keeps it. */
class SchemaFieldTest {

    private static final Path SEED = Path.of("../datasets/ctoc-cop-wg6-2020.json");

    @TempDir
    Path directory;

    @Test
    void aFileWithSchemaIsReadAndWrittenBackWithIt() throws Exception {
        var text = Files.readString(SEED).replaceFirst("\\{", "{\n  \"\\$schema\": \"agenda-planner-1.schema.json\",");
        var file = directory.resolve("with-schema.json");
        Files.writeString(file, text);

        var meeting = MeetingReader.read(file);

        assertEquals("agenda-planner-1.schema.json", meeting.schema());
        assertTrue(MeetingWriter.toJson(meeting).startsWith("{\n  \"$schema\": \"agenda-planner-1.schema.json\",\n"),
                MeetingWriter.toJson(meeting));
        assertEquals(MeetingReader.read(SEED).items(), meeting.items());
    }

    @Test
    void aFileWithoutSchemaIsWrittenWithoutIt() throws Exception {
        var meeting = MeetingReader.read(SEED);

        assertNull(meeting.schema());
        assertTrue(MeetingWriter.toJson(meeting).startsWith("{\n  \"format\""));
    }
}
