package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingReaderTest {

    private static final Path SEED = Path.of("../datasets/ctoc-cop-wg6-2020.json");

    @TempDir
    Path directory;

    @Test
    void readsTheSeedMeeting() throws Exception {
        var meeting = MeetingReader.read(SEED);

        assertEquals("CTOC/COP/WG.6/2020", meeting.meeting().id());
        assertEquals(4, meeting.sessions().size());
        assertEquals(6, meeting.items().size());
        assertEquals("会议开幕", meeting.items().get(0).title().in("zh").orElseThrow());
        assertEquals(4, meeting.interpretation().maxSessions());
    }

    @Test
    void aSolvedFileReadBackAndWrittenAgainIsUnchanged() throws Exception {
        var meeting = MeetingReader.read(SEED);
        var solved = meeting.withProgramme(new Programme("0hard/0medium/0soft",
                List.of(new ItemStart("1a", "tue-am", LocalTime.of(10, 0))),
                List.of(new Segment("1a", "tue-am", LocalTime.of(10, 0), LocalTime.of(10, 10), false)), null));
        var file = directory.resolve("solved.json");
        MeetingWriter.write(solved, file);
        var written = Files.readString(file);

        var again = directory.resolve("again.json");
        MeetingWriter.write(MeetingReader.read(file), again);

        assertEquals(written, Files.readString(again));
    }

    @Test
    void readsYamlToo() throws Exception {
        var yaml = """
                format: agenda-planner/1
                meeting: {id: TEST/1, title: {en: Test}}
                bodies: [{id: plenary}]
                sessions: [{id: s1, body: plenary, date: 2020-03-17, start: "10:00", end: "13:00"}]
                items: [{id: "1", number: "1", title: {en: Opening}, duration: PT15M, interpretation: false}]
                """;
        var file = directory.resolve("meeting.yaml");
        Files.writeString(file, yaml);

        var meeting = MeetingReader.read(file);

        assertEquals(LanguageNeed.NONE, meeting.items().get(0).interpretation());
    }

    @Test
    void unknownFieldIsNamedWithItsPathAndAGuess() throws Exception {
        var file = directory.resolve("typo.json");
        Files.writeString(file, Files.readString(SEED).replace("\"lastSession\"", "\"lastSesion\""));

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(file));

        var problem = error.problems().get(0);
        assertEquals("items[5].lastSesion", problem.path());
        assertTrue(problem.fix().contains("\"lastSession\""), problem.fix());
        assertTrue(problem.line() != null && problem.line() > 1);
    }

    @Test
    void everyBrokenReferenceIsReportedAtOnce() throws Exception {
        var file = directory.resolve("broken.json");
        Files.writeString(file, Files.readString(SEED)
                .replace("\"fixed\": {\"session\": \"tue-am\"", "\"fixed\": {\"session\": \"mon-am\"")
                .replace("\"body\": \"plenary\", \"date\": \"2020-03-18\", \"start\": \"15:00\"",
                        "\"body\": \"committee\", \"date\": \"2020-03-18\", \"start\": \"15:00\""));

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(file));

        assertEquals(List.of("sessions[3].body", "items[0].fixed.session"),
                error.problems().stream().map(Problem::path).toList());
    }

    @Test
    void aCycleInAfterNamesTheItemsOnIt() throws Exception {
        var file = directory.resolve("cycle.json");
        Files.writeString(file, Files.readString(SEED)
                .replace("\"duration\": \"PT15M\",", "\"duration\": \"PT15M\", \"after\": [\"5\"],")
                .replace("\"duration\": \"PT30M\",", "\"duration\": \"PT30M\", \"after\": [\"4\"],"));

        var error = assertThrows(InvalidInputException.class, () -> MeetingReader.read(file));

        assertTrue(error.getMessage().contains("4 after 5 after 4"), error.getMessage());
    }
}
