package org.agendaplanner.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes whole files or nothing: every output of Agenda Planner goes through here. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes to a temporary file beside the target and moves it into place, so that a reader never sees
     * half a file, even if this process is killed.
     */
    public static void write(Path target, String content) throws IOException {
        var absolute = target.toAbsolutePath();
        var directory = absolute.getParent();
        var temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
