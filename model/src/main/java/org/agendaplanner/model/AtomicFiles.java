package org.agendaplanner.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole files or nothing; every output of Agenda Planner goes through here. The content goes to a temporary
 * file beside the target, is flushed to disk, and is then renamed over the target in one step, so that a reader, a
 * second writer, a full disk or a killed process never leaves a partial target: the old file stays until the new
 * one is complete, and of two writers to one file the last rename wins whole. A process killed mid-write may leave
 * its hidden temporary file ({@code .NAME.*.tmp}) beside the target, never a partial {@code NAME}.
 *
 * <p>The file gets the permissions a plain write would give it: those of the file it replaces, or for a new file
 * whatever the user's umask leaves of read and write for all (0644 under umask 022), since the temporary file is
 * created without explicit permissions. A symbolic link is written through: the file it points to is replaced and
 * the link stays. A target that is a device or a pipe ({@code /dev/stdout}) is written to directly, since it cannot
 * be replaced.
 */
public final class AtomicFiles {

    /** Writes the whole content to a stream; may fail part way, which then leaves the target as it was. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS_FOLLOWED = 40;

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        var bytes = content.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    static void write(Path target, Content content) throws IOException {
        var file = throughLinks(target.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (var out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
            return;
        }
        var temporary = createTemporaryBeside(file);
        try {
            keepPermissionsOf(file, temporary);
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                var out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before the rename makes it the file
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file a chain of symbolic links ends at, which may not exist yet; the path itself if it is no link. */
    static Path throughLinks(Path path) throws IOException {
        var current = path;
        for (int followed = 0; Files.isSymbolicLink(current); followed++) {
            if (followed == MAX_LINKS_FOLLOWED) {
                throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    /**
     * A new, empty file in the target's directory, so that the rename stays within one file system. It is created
     * without explicit permissions, so that the umask applies as to any plain write.
     */
    private static Path createTemporaryBeside(Path file) throws IOException {
        var name = file.getFileName().toString();
        var prefix = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            var candidate = file.resolveSibling(prefix
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Writing over a file keeps its mode, as a plain write would; a new file keeps what the umask gave it. */
    private static void keepPermissionsOf(Path file, Path temporary) throws IOException {
        var view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        }
    }
}
