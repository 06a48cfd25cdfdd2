package org.agendaplanner.model;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** Writes meeting files as JSON in one stable layout (two-space indent, one field per line), atomically. */
public final class MeetingWriter {

    private MeetingWriter() {
    }

    public static String toJson(MeetingFile meeting) {
        try {
            var printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MeetingMappers.JSON.writer(printer).writeValueAsString(meeting) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A meeting file could not be written as JSON", e);
        }
    }

    /** See {@link AtomicFiles#write}: a reader never sees half a file. */
    public static void write(MeetingFile meeting, Path target) throws IOException {
        AtomicFiles.write(target, toJson(meeting));
    }
}
