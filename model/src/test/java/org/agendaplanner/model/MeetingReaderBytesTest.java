package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes from elsewhere (an upload) are read as a file is: the same meeting, the same problems, the same limits. */
class MeetingReaderBytesTest {

    private static final Path SEED = Path.of("../datasets/ctoc-cop-wg6-2020.json");

    @TempDir
    Path directory;

    @Test
    void theSeedsBytesReadAsTheSeedFile() throws Exception {
        assertEquals(MeetingReader.read(SEED), MeetingReader.read("seed.json", Files.readAllBytes(SEED), false));
    }

    @Test
    void anInvalidFilesBytesGiveTheProblemsTheFileGives() throws Exception {
        var bad = directory.resolve("bad.json");
        Files.writeString(bad, Files.readString(SEED).replaceFirst("\"end\": \"13:00\"", "\"end\": \"09:00\"")
                .replace("\"lastSession\": true", "\"lastSession\": \"yes\""));
        var fromFile = assertThrows(InvalidInputException.class, () -> MeetingReader.read(bad));
        var fromBytes = assertThrows(InvalidInputException.class,
                () -> MeetingReader.read(bad.toString(), Files.readAllBytes(bad), false));
        assertTrue(fromFile.problems().size() >= 2, fromFile.problems().toString());
        assertEquals(fromFile.problems(), fromBytes.problems());
        assertEquals(fromFile.fileName(), fromBytes.fileName());
    }

    @Test
    void bytesThatAreNotUtf8OrOverTheLimitAreRefusedInWords() {
        var latin1 = "{\"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        var notUtf8 = assertThrows(InvalidInputException.class, () -> MeetingReader.read("up.json", latin1, false));
        assertEquals("The file is not UTF-8 text.", notUtf8.problems().get(0).message());
        var tooBig = new byte[(int) ReadingLimits.MAX_FILE_BYTES + 1];
        var over = assertThrows(InvalidInputException.class, () -> MeetingReader.read("up.json", tooBig, false));
        assertTrue(over.problems().get(0).message().contains("20 MiB"), over.problems().toString());
    }
}
