package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given a file to write, when it is written through {@link AtomicFiles}, then it is whole or the old one is kept,
 * with the permissions a plain write gives, through symbolic links, whoever else writes or kills the writer.
 */
@DisabledOnOs(OS.WINDOWS) // POSIX permissions, symbolic links, umask and SIGKILL
class AtomicFilesTest {

    @TempDir
    Path directory;

    /** Writes {@code args[1]} to {@code args[0]} (or, with a third argument, alternates two contents forever). */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            var target = Path.of(args[0]);
            if (args.length == 2) {
                AtomicFiles.write(target, args[1]);
                return;
            }
            var contents = List.of("a".repeat(2_000_000), "b".repeat(2_000_000));
            Files.writeString(Path.of(args[2]), "started");
            for (int i = 0; ; i++) {
                AtomicFiles.write(target, contents.get(i % 2));
            }
        }
    }

    private static Process java(String shellPrefix, String... args) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of("sh", "-c", shellPrefix + " exec \"$@\"", "sh", java, "-cp",
                System.getProperty("java.class.path"), Writer.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start();
    }

    @ParameterizedTest
    @CsvSource({"022, rw-r--r--", "077, rw-------", "002, rw-rw-r--"})
    void aNewFileGetsWhatTheUmaskLeaves(String umask, String permissions) throws Exception {
        var target = directory.resolve("out-" + umask + ".json");

        var writer = java("umask " + umask + " &&", target.toString(), "{}");

        assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, writer.exitValue());
        assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("{}", Files.readString(target));
    }

    @Test
    void aNewFileGetsWhatAPlainCreateGivesInThisProcess() throws Exception {
        var plain = Files.createFile(directory.resolve("plain.json"));
        var target = directory.resolve("written.json");

        AtomicFiles.write(target, "{}");

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void writingOverAFileKeepsItsPermissions() throws Exception {
        var target = Files.writeString(directory.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFiles.write(target, "new");

        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        var real = Files.writeString(Files.createDirectory(directory.resolve("real")).resolve("plan.json"), "old");
        var link = Files.createSymbolicLink(directory.resolve("plan.json"), Path.of("real/plan.json"));
        var linkToLink = Files.createSymbolicLink(directory.resolve("latest.json"), Path.of("plan.json"));

        AtomicFiles.write(linkToLink, "new");

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink));
        assertEquals("new", Files.readString(real));
        assertEquals(Set.of("plan.json"), names(real.getParent()));
    }

    @Test
    void aDanglingLinkGetsItsFileCreated() throws Exception {
        var link = Files.createSymbolicLink(directory.resolve("plan.json"), Path.of("new.json"));

        AtomicFiles.write(link, "new");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(directory.resolve("new.json")));
    }

    @Test
    void aFailureHalfWayKeepsTheOldFileAndLeavesNothingBeside() throws Exception {
        var target = Files.writeString(directory.resolve("plan.json"), "the old, complete programme");

        var failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("the new, half".getBytes());
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the old, complete programme", Files.readString(target));
        assertEquals(Set.of("plan.json"), names(directory));
    }

    @Test
    void aDeviceIsWrittenToDirectlyAndAFullOneFails() throws Exception {
        var full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return; // only where the system has a device that is always full
        }
        var failure = assertThrows(IOException.class, () -> AtomicFiles.write(full, "{}"));

        assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
        assertTrue(Files.exists(full) && !Files.isRegularFile(full), "the device is still a device");
    }

    @Test
    void aDirectoryIsNotReplaced() throws Exception {
        var target = Files.createDirectory(directory.resolve("plan.json"));

        var failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, "{}"));

        assertTrue(failure.getMessage().contains("Is a directory"), failure.getMessage());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void twoWritersToOneFileEndWithOneOfThemWhole() throws Exception {
        var target = directory.resolve("plan.json");
        var contents = List.of("1".repeat(300_000), "2".repeat(300_000));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var done = new ArrayList<Future<?>>();
            for (var content : contents) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                        AtomicFiles.write(target, content);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(contents.contains(Files.readString(target)), "the file is one writer's content, whole");
        assertEquals(Set.of("plan.json"), names(directory));
    }

    @Test
    void aWriterKilledWithSigkillNeverLeavesAPartialFile() throws Exception {
        var target = directory.resolve("plan.json");
        var started = directory.resolve("started");
        for (int round = 0; round < 3; round++) {
            var writer = java("", target.toString(), "loop", started.toString());
            try {
                for (int waited = 0; !Files.exists(target) && waited < 600; waited++) {
                    Thread.sleep(50);
                }
                Thread.sleep(137L * (round + 1)); // somewhere in the middle of a write
                assertEquals(0, new ProcessBuilder("kill", "-KILL", String.valueOf(writer.pid())).start().waitFor());
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            } finally {
                writer.destroyForcibly();
            }
            var content = Files.readString(target);
            assertTrue(content.equals("a".repeat(2_000_000)) || content.equals("b".repeat(2_000_000)),
                    "a whole content, not " + content.length() + " characters");
        }
    }

    private static Set<String> names(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return Set.copyOf(files.map(path -> path.getFileName().toString()).toList());
        }
    }
}
