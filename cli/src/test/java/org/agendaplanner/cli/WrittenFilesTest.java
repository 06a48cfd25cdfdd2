package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a command whose output is a symbolic link, a full device or a new file under umask 022, when it writes,
 * then the link is written through, the full device gives exit code 5, and the new file is readable by all (0644).
 * Both solve and generate write through AtomicFiles; generate is the quick one.
 */
@DisabledOnOs(OS.WINDOWS) // symbolic links, /dev/full, umask
class WrittenFilesTest {

    @TempDir
    Path directory;

    @Test
    void anOutputThatIsASymbolicLinkIsWrittenThrough() throws Exception {
        var real = Files.writeString(Files.createDirectory(directory.resolve("shared")).resolve("plan.json"), "old");
        var link = Files.createSymbolicLink(directory.resolve("plan.json"), real);

        var run = CommandRun.of("solve", Datasets.seed().toString(), "-o", link.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(MeetingReader.read(real).programme() != null, "the file it points to holds the solved meeting");
    }

    @Test
    void aFullDiskGivesExitCodeFive() {
        if (!Files.exists(Path.of("/dev/full"))) {
            return; // only where the system has a device that is always full
        }
        var run = CommandRun.of("generate", "--items", "10", "-o", "/dev/full");

        assertEquals(ExitCodes.OUTPUT_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("Cannot write /dev/full: No space left on device"), run.err());
    }

    @Test
    void aNewFileUnderUmask022IsReadableByAll() throws Exception {
        var output = directory.resolve("plan.json");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$@\"", "sh", java, "-cp",
                System.getProperty("java.class.path"), AgendaCli.class.getName(), "generate", "--items", "10",
                "-o", output.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end");
        assertEquals(ExitCodes.OK, process.exitValue());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
    }
}
