package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given a meeting with one value written slightly wrong, when it is read, then it is refused with the field, the
 * place and the reason, never read as another value; and what is read is written back as it was read.
 */
class StrictReadingTest {

    private static final Path SEED = Path.of("../datasets/ctoc-cop-wg6-2020.json");

    /** One session and two items; {@code %s} placeholders take the values under test. */
    private static final String YAML = """
            format: agenda-planner/1
            meeting: {id: TEST/1, title: {en: Test}}
            bodies: [{id: plenary}]
            sessions:
              - {id: s1, body: plenary, date: "%s", start: "%s", end: "13:00"}
            items:
              - {id: "1", number: "1", title: {en: Opening}, duration: PT15M}
              - {id: "2", number: "2", title: {en: Other}, duration: PT15M, notAfter: "%s"}
            """;

    @TempDir
    Path directory;

    private static MeetingFile readYaml(String date, String start, String notAfter) throws InvalidInputException {
        return MeetingReader.parse("m.yaml", YAML.formatted(date, start, notAfter), true);
    }

    private static Problem onlyProblem(InvalidInputException error) {
        assertEquals(1, error.problems().size(), error.getMessage());
        return error.problems().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-02-30       | sessions[0].date | is not a valid date: February 2020 has 29 days",
            "0000-01-01       | sessions[0].date | is not a valid date: years start at 0001",
            "2020-03-17T10:00 | sessions[0].date | is not a valid date: a date is written without a time of day",
            "'2020-03-17 '    | sessions[0].date | is not a valid date: it has a space before or after it",
            "' 2020-03-17'    | sessions[0].date | is not a valid date: it has a space before or after it",
            "2020-3-17        | sessions[0].date | is not a valid date.",
            "+12020-03-17     | sessions[0].date | is not a valid date.",
            "2020-13-01       | sessions[0].date | is not a valid date: months run from 01 to 12"})
    void anImpossibleOrLooselyWrittenDateIsRefused(String date, String path, String reason) {
        var error = assertThrows(InvalidInputException.class, () -> readYaml(date, "10:00", "2020-03-17T12:00"));

        var problem = onlyProblem(error);
        assertEquals(path, problem.path());
        assertEquals("The value \"" + date + "\" " + reason + (reason.endsWith(".") ? "" : "."), problem.message());
        assertEquals(5, problem.line());
        assertTrue(problem.fix().contains("yyyy-mm-dd"), problem.fix());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "24:00    | hours run from 00 to 23, and a day ends at 23:59",
            "10:60    | minutes run from 00 to 59",
            "9:00     | write the hour with two digits, e.g. \"09:00\"",
            "10:00:00 | ''",
            "'10:00 ' | it has a space before or after it"})
    void anImpossibleOrLooselyWrittenTimeIsRefused(String start, String reason) {
        var error = assertThrows(InvalidInputException.class, () -> readYaml("2020-03-17", start, "2020-03-17T12:00"));

        var problem = onlyProblem(error);
        assertEquals("sessions[0].start", problem.path());
        assertEquals("The value \"" + start + "\" is not a valid time of day" + (reason.isEmpty() ? "" : ": " + reason)
                + ".", problem.message());
    }

    @Test
    void midnightAsTwentyFourIsNotReadAsTheNextDay() {
        var error = assertThrows(InvalidInputException.class, () -> readYaml("2020-03-17", "10:00", "2020-03-17T24:00"));

        var problem = onlyProblem(error);
        assertEquals("items[1].notAfter", problem.path());
        assertTrue(problem.message().startsWith("The value \"2020-03-17T24:00\" is not a valid date and time: hours run"),
                problem.message());
    }

    @Test
    void whatIsReadIsWhatIsWrittenBack() throws Exception {
        var meeting = readYaml("2020-03-17", "10:00", "2020-03-17T12:05");

        assertEquals(LocalDate.of(2020, 3, 17), meeting.sessions().get(0).date());
        assertEquals(LocalTime.of(10, 0), meeting.sessions().get(0).start());
        assertEquals(LocalDateTime.of(2020, 3, 17, 12, 5), meeting.items().get(1).notAfter());
        var json = MeetingWriter.toJson(meeting);
        assertTrue(json.contains("\"date\": \"2020-03-17\"") && json.contains("\"notAfter\": \"2020-03-17T12:05\""),
                json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"format\": \"agenda-planner/1\", \"rules\": {\"weights\": {\"a\": 1, \"a\": 2}}}' | false | 1 | a",
            "'format: agenda-planner/1\nrules:\n  order: agenda\n  order: free\n'             | true  | 4 | order",
            "'format: agenda-planner/1\nmeeting:\n  title: {en: A, en: B}\n'                   | true  | 3 | en"})
    void aFieldGivenTwiceIsRefusedWithItsPlace(String text, boolean yaml, int line, String field) {
        var error = assertThrows(InvalidInputException.class,
                () -> MeetingReader.parse("m", text.replace("\\n", "\n"), yaml));

        var problem = onlyProblem(error);
        assertEquals("The field \"" + field + "\" is given twice in this object; a second one would silently replace "
                + "the first.", problem.message());
        assertEquals(line, problem.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "s\\n1     | sessions[0].id       | a line break (\\n)",
            "s1\\r     | sessions[0].id       | a carriage return (\\r)",
            "s\\u00001 | sessions[0].id       | a NUL character (\\u0000)",
            "s\\u20281 | sessions[0].id       | a line separator (\\u2028)",
            "s\\u00071 | sessions[0].id       | a control character (\\u0007)"})
    void aControlCharacterInAnIdIsRefusedAndShownVisibly(String id, String path, String what) throws Exception {
        var json = Files.readString(SEED).replace("{\"id\": \"tue-am\"", "{\"id\": \"" + id + "\"");

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.parse("m.json", json, false));

        var problem = error.problems().get(0);
        assertEquals(path, problem.path());
        assertTrue(problem.message().endsWith(" contains " + Problem.visible(what) + "."), problem.message());
        var line = problem.describe("m.json");
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028") || line.contains("\0"),
                line);
        assertTrue(line.contains("\"" + id + "\""), line);
    }

    @Test
    void aControlCharacterInAReferenceListIsRefusedAtItsEntry() throws Exception {
        var json = Files.readString(SEED).replace("\"id\": \"4\",", "\"id\": \"4\", \"after\": [\"3\", \"2\\u0085\"],");

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(write("after.json", json)));

        var problem = onlyProblem(error);
        assertEquals("items[4].after[1]", problem.path());
        assertEquals("The id or reference \"2\\u0085\" contains a line separator (\\u0085).",
                Problem.visible(problem.message()));
    }

    @Test
    void aLineBreakInANoteIsKept() throws Exception {
        var json = Files.readString(SEED).replace("\"note\": \"The document:", "\"note\": \"Two lines.\\nThe document:");

        var meeting = MeetingReader.read(write("note.json", json));

        assertTrue(meeting.items().get(0).note().startsWith("Two lines.\nThe document:"));
    }

    @Test
    void textsUpToTheLimitAreReadAndWrittenBackAndOneMoreIsRefused() throws Exception {
        var seed = Files.readString(SEED);
        var longest = "n".repeat(ReadingLimits.MAX_TEXT_LENGTH);
        var atLimit = write("at-limit.json", seed.replace("\"Plenary\"", "\"" + longest + "\""));
        var solved = directory.resolve("written.json");

        MeetingWriter.write(MeetingReader.read(atLimit), solved);

        assertEquals(longest, MeetingReader.read(solved).bodies().get(0).name().in("en").orElseThrow());
        for (var yaml : List.of(false, true)) {
            var text = yaml ? "format: agenda-planner/1\nbodies: [{id: plenary, name: {en: " + longest + "n}}]\n"
                    : seed.replace("\"Plenary\"", "\"" + longest + "n\"");
            var error = assertThrows(InvalidInputException.class, () -> MeetingReader.parse("m", text, yaml));
            var problem = error.problems().get(0);
            assertEquals("bodies[0].name.en", problem.path());
            assertEquals("The text is 100,001 characters long; texts are limited to 100,000.", problem.message());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'title: &t {en: Opening}\\nvenue: {en: *t}' | venue.en | t",
            "'timeZone: &n \"5 (a)\"\\nid: *n'          | id       | n"})
    void aYamlAliasIsRefusedRatherThanReadAsTheAnchorsName(String fields, String path, String anchor) {
        var text = "format: agenda-planner/1\nmeeting:\n  " + fields.replace("\\n", "\n  ") + "\n";

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.parse("m.yaml", text, true));

        var problem = onlyProblem(error);
        assertEquals("meeting." + path, problem.path());
        assertTrue(problem.message().startsWith("A YAML alias (*" + anchor + ") stands here"), problem.message());
        assertTrue(problem.fix().contains("&" + anchor), problem.fix());
        assertEquals(4, problem.line());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        var bytes = Files.readAllBytes(SEED);
        var withMark = new byte[bytes.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withMark, 3, bytes.length);
        var file = directory.resolve("bom.json");
        Files.write(file, withMark);

        assertEquals(MeetingReader.read(SEED), MeetingReader.read(file));
    }

    @Test
    void aDirectoryIsNamedAsOneWithTheMeetingFilesInIt() throws Exception {
        Files.copy(SEED, directory.resolve("seed.json"));

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(directory));

        var problem = onlyProblem(error);
        assertEquals("This is a directory, not a meeting file.", problem.message());
        assertEquals("Name a file in it (seed.json).", problem.fix());
    }

    @Test
    void aMissingFileAndADanglingLinkAreToldApart() throws Exception {
        var link = Files.createSymbolicLink(directory.resolve("link.json"), directory.resolve("gone.json"));

        assertEquals("No such file.", onlyProblem(assertThrows(InvalidInputException.class,
                () -> MeetingReader.read(directory.resolve("gone.json")))).message());
        assertEquals("No such file: this is a symbolic link to a file that does not exist.",
                onlyProblem(assertThrows(InvalidInputException.class, () -> MeetingReader.read(link))).message());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // no named pipes through mkfifo
    void aNamedPipeIsReadLikeAFile() throws Exception {
        var pipe = directory.resolve("meeting.json");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        var writer = new Thread(() -> {
            try {
                Files.write(pipe, Files.readAllBytes(SEED));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();

        var meeting = MeetingReader.read(pipe);

        writer.join();
        assertEquals(MeetingReader.read(SEED), meeting);
    }

    @Test
    void aDashReadsStandardInputAndTellsJsonFromYaml() throws Exception {
        var original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(SEED)));
            assertEquals(MeetingReader.read(SEED), MeetingReader.read(Path.of("-")));

            System.setIn(new java.io.ByteArrayInputStream("format: agenda-planner/1\nbodies: 3\n"
                    .getBytes(StandardCharsets.UTF_8)));
            var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(Path.of("-")));
            assertEquals("<stdin>", error.fileName());
            assertTrue(error.getMessage().startsWith("<stdin>:2:"), error.getMessage());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aFileOverTheLimitSaysByHowMuch() throws Exception {
        var file = directory.resolve("big.json");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[(int) ReadingLimits.MAX_FILE_BYTES + 1536]);
        }

        var problem = onlyProblem(assertThrows(InvalidInputException.class, () -> MeetingReader.read(file)));

        assertEquals("The file is 20.0 MiB (20,973,056 bytes), 1.5 KiB more than the 20 MiB that meeting files are "
                + "limited to.", problem.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"format\": \"agenda-planner/1\" \"meeting\": {}}' | 1 | 31 | a comma is missing before '\"'.",
            "'{\"format\": \"agenda-planner/1\",}'                | 1 | 31 | expected a field name in double quotes, found '}'.",
            "'{\"format\": agenda}'                               | 1 | 12 | the word \"agenda\" is not a value.",
            "'{\"format\": \"agenda-planner/1\"'                  | 1 | 30 | the file ends before every object and list is closed."})
    void aSyntaxErrorIsASentenceWithItsPlace(String text, int line, int column, String sentence) {
        var problem = onlyProblem(assertThrows(InvalidInputException.class,
                () -> MeetingReader.parse("m.json", text, false)));

        assertEquals("Not valid JSON: " + sentence, problem.message());
        assertEquals(line, problem.line());
        assertEquals(column, problem.column());
        assertFalse(problem.message().contains("code "), problem.message());
    }

    @ParameterizedTest
    @CsvSource({"'[', ']'", "'{\"a\": ', '}'"})
    void aReadingLimitIsASentenceWithItsPlace(String open, String close) {
        // In "rules.minSegment", where a nested value is a wrong value that the reader skips, the limit is hit then.
        var deep = "{\"rules\": {\"minSegment\": " + open.repeat(80) + "1" + close.repeat(80) + "}}";

        var problem = onlyProblem(assertThrows(InvalidInputException.class,
                () -> MeetingReader.parse("m.json", deep, false)));

        assertEquals("The file nests 65 levels deep; at most 64 are read.", problem.message());
        assertEquals(1, problem.line());
        assertFalse(problem.message().contains("StreamReadConstraints") || problem.message().contains("Exception"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.5        | The value 1.5 is not a valid whole number.",
            "2147483648 | The number 2147483648 is too large: whole numbers here run from -2,147,483,648 to 2,147,483,647."})
    void aCountIsReadAsWrittenOrRefused(String teams, String message) throws Exception {
        var json = Files.readString(SEED).replace("\"teams\": 1", "\"teams\": " + teams);

        var problem = onlyProblem(assertThrows(InvalidInputException.class,
                () -> MeetingReader.parse("m.json", json, false)));

        assertEquals("interpretation.teams", problem.path());
        assertEquals(message, problem.message());
    }

    private Path write(String name, String text) throws Exception {
        var file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
