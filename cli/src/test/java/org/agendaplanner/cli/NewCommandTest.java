package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda new} through the command line: what it writes, and how it refuses. */
class NewCommandTest {

    static final String ITEMS_CSV = """
            number,title,title_fr,estimate,body,fixed,lastSession
            1,Opening of the session,Ouverture de la session,15,,yes,
            2,Election of officers,Élection du Bureau,0:15,,,
            3,Adoption of the agenda and organization of work,,15m,,,
            4,"Review of implementation, including national reports",,4:00,,,
            5,Technical assistance,,3h,cow,,
            6,Programme of work,,PT2H,cow,,
            7,Other matters,,15,,,
            8,Adoption of the report,Adoption du rapport,30,,,yes
            """;

    @TempDir
    Path directory;

    private MeetingFile writtenAndValid(Path file) throws Exception {
        var validate = CommandRun.of("validate", file.toString());
        assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
        return MeetingReader.read(file);
    }

    private Path file(String name, String content) throws Exception {
        var file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutItemsPrintsTheOrganizationalTemplateWithTheSchemaLineAndComments() throws Exception {
        var run = CommandRun.of("new", "--title", "Working Group, first meeting", "--from", "2027-03-16");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# yaml-language-server: $schema=agenda-planner-1.schema.json\n"), run.out());
        assertTrue(run.out().contains("\n# The agenda, in agenda order."), run.out());
        var meeting = writtenAndValid(file("template.yaml", run.out()));
        assertEquals(List.of("Opening of the meeting", "Election of officers",
                        "Adoption of the agenda and organization of work", "Other matters", "Adoption of the report"),
                meeting.items().stream().map(item -> item.title().in("en").orElseThrow()).toList());
        assertEquals("通过报告", meeting.items().get(4).title().in("zh").orElseThrow());
        assertEquals("اعتماد التقرير", meeting.items().get(4).title().in("ar").orElseThrow());
        assertTrue(meeting.items().get(4).isLastSession());
        assertEquals("tue-am", meeting.items().get(0).fixed().session());
        assertEquals("DRAFT/2027", meeting.meeting().id());
        // One day, the default grid: 10:00-13:00 and 15:00-18:00.
        assertEquals(List.of("tue-am", "tue-pm"), meeting.sessions().stream().map(s -> s.id()).toList());
        assertEquals(LocalTime.of(15, 0), meeting.sessions().get(1).start());
    }

    @Test
    void writesTheItemsOfASpreadsheetAndSkipsTheWeekend() throws Exception {
        var items = file("items.csv", ITEMS_CSV);
        var output = directory.resolve("m.yaml");

        // Thursday 2027-03-18 for three days: Thursday, Friday, Monday.
        var run = CommandRun.of("new", "--title", "Conference", "--from", "2027-03-18", "--days", "3", "--bodies",
                "plenary,cow", "--items", items.toString(), "-o", output.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Wrote " + output + " (8 items, 12 sessions)"), run.err());
        var meeting = writtenAndValid(output);
        assertEquals(List.of("2027-03-18", "2027-03-19", "2027-03-22"), meeting.sessions().stream()
                .map(session -> session.date().toString()).distinct().toList());
        var review = meeting.items().get(3);
        assertEquals("Review of implementation, including national reports", review.title().in("en").orElseThrow());
        assertEquals("PT4H", review.duration().toString());
        assertEquals("Ouverture de la session", meeting.items().get(0).title().in("fr").orElseThrow());
        assertEquals("cow", meeting.items().get(4).body());
        assertEquals("PT3H", meeting.items().get(4).duration().toString());
        assertTrue(meeting.items().get(7).isLastSession());
        assertEquals("plenary-thu-am", meeting.items().get(0).fixed().session());
        // Both bodies meet in parallel with interpretation: two teams; nothing beside the opening.
        assertEquals(2, meeting.interpretation().teams());
        assertTrue(meeting.sessions().get(0).isExclusive());
        assertEquals(1, meeting.sessions().stream().filter(session -> session.isExclusive()).count());
    }

    @Test
    void takesTheGridAndTheInterpretedSessionsPerDay() throws Exception {
        var run = CommandRun.of("new", "--from", "2027-03-16", "--days", "2", "--bodies", "plenary,cow",
                "--grid", "09:30-12:30,14:30-17:30", "--interpreted", "2");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var meeting = writtenAndValid(file("grid.yaml", run.out()));
        assertEquals(LocalTime.of(9, 30), meeting.sessions().get(0).start());
        assertEquals(LocalTime.of(17, 30), meeting.sessions().get(1).end());
        // Two interpreted sessions a day go to the first body: the plenary meets with interpretation, the
        // committee without, so at most one interpreted session at a time.
        assertTrue(meeting.sessions().stream().allMatch(session ->
                session.interpretationOrDefault().isNone() == session.body().equals("cow")));
        assertEquals(1, meeting.interpretation().teams());
    }

    @Test
    void withoutInterpretationTheItemsNeedNone() throws Exception {
        var items = file("items.csv", ITEMS_CSV);

        var run = CommandRun.of("new", "--from", "2027-03-16", "--days", "3", "--bodies", "plenary,cow",
                "--interpreted", "none", "--items", items.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var meeting = writtenAndValid(file("informal.yaml", run.out()));
        assertNull(meeting.interpretation());
        assertTrue(meeting.items().stream().allMatch(item -> item.interpretation().equals(LanguageNeed.NONE)));
    }

    @Test
    void writesJsonWithTheSchemaFieldWhenTheOutputEndsInJson() throws Exception {
        var output = directory.resolve("m.json");

        var run = CommandRun.of("new", "--from", "2027-03-16", "-o", output.toString(), "--schema-location",
                "https://example.org/agenda-planner-1.schema.json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(output).startsWith(
                "{\n  \"$schema\": \"https://example.org/agenda-planner-1.schema.json\",\n"
                        + "  \"format\": \"agenda-planner/1\",\n"), Files.readString(output));
        assertEquals("https://example.org/agenda-planner-1.schema.json", writtenAndValid(output).schema());
    }

    @Test
    void neverReplacesAnExistingFileWithoutForce() throws Exception {
        var output = file("m.yaml", "a planner's own work\n");

        var refused = CommandRun.of("new", "--from", "2027-03-16", "-o", output.toString());

        assertEquals(ExitCodes.USAGE, refused.exitCode());
        assertTrue(refused.err().contains("exists already"), refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("a planner's own work\n", Files.readString(output));

        var forced = CommandRun.of("new", "--from", "2027-03-16", "-o", output.toString(), "--force");

        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        writtenAndValid(output);
    }

    @Test
    void readsASemicolonExportWithAByteOrderMark() throws Exception {
        var items = file("excel.csv", "\uFEFFNumber;Title;Estimate\n1;Ouverture;15\n2;Rapport;30\n");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var meeting = writtenAndValid(file("fr.yaml", run.out()));
        assertEquals("Rapport", meeting.items().get(1).title().in("en").orElseThrow());
    }

    @Test
    void sessionsTooShortForTheTemplateAreAUsageError() {
        var run = CommandRun.of("new", "--from", "2027-03-16", "--grid", "10:00-10:05");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("The sessions asked for cannot hold the organizational items: Item \"1\" "
                + "needs 15 minutes, but body \"plenary\" meets for only 5 minutes"), run.err());
        assertTrue(run.err().contains("Give longer sessions (--grid) or more --days."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badCsvGetsEveryProblemWithItsLineAndColumnAndExit3() throws Exception {
        var items = file("items.csv", """
                number,title,estimate,body,fixed,lastSession
                1,Opening,15,,2027-03-16 09:00,
                2,,45,,,
                3,Debate,ninety,wg,,maybe
                1,Again,30,,,
                """);
        var output = directory.resolve("m.yaml");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString(), "-o", output.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertEquals(List.of(
                items + ":3: title: The item has no title. Fix: Give its title in the title column.",
                items + ":4: estimate: \"ninety\" is not a time estimate in whole minutes. Fix: Write minutes (45), "
                        + "hours and minutes (1:30), or ISO 8601 (PT45M).",
                items + ":4: body: Unknown body \"wg\". Fix: Use one of --bodies: plenary, or leave the cell empty "
                        + "for plenary.",
                items + ":4: lastSession: \"maybe\" is neither yes nor no. Fix: Write yes, or leave the cell empty.",
                items + ":5: number: Item id \"1\" is used twice. Fix: Give every item its own number (or its own id "
                        + "in an id column)."), run.err().lines().toList());
        assertFalse(Files.exists(output));
    }

    @Test
    void aFixedStartOutsideEverySessionIsReportedAtItsRow() throws Exception {
        var items = file("items.csv", "number,title,estimate,fixed\n1,Opening,15,2027-03-16 09:00\n");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertEquals(items + ":2: fixed: No session of plenary holds 2027-03-16 09:00. Fix: Give a date and time "
                + "within one of its sessions, e.g. 2027-03-16 10:00, or change --from, --days or --grid.",
                run.err().strip());
    }

    @Test
    void anItemLongerThanItsBodysSessionsIsReportedAtItsRow() throws Exception {
        var items = file("items.csv", "number,title,estimate\n1,Opening,15\n2,General debate,8:00\n");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().startsWith(items + ":3: estimate: Item \"2\" needs 8 h, but body \"plenary\" meets for "
                + "only 6 h in all its sessions together."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownColumnGetsAGuess() throws Exception {
        var items = file("items.csv", "number,title,estimat,priority\n1,Opening,15,required\n");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        var lines = run.err().lines().toList();
        assertEquals(items + ":1: estimat: Unknown column \"estimat\". Fix: Did you mean \"estimate\"?", lines.get(0));
        assertTrue(lines.get(1).startsWith(items + ":1: estimate: The header has no \"estimate\" column."), run.err());
    }

    @Test
    void priorityAndMinDurationColumnsReachTheMeetingFile() throws Exception {
        var items = file("items.csv", "number,title,estimate,priority,minDuration\n1,Opening,15,,\n"
                + "2,General debate,3h,,2:00\n3,Minor matter,30,Low,\n4,Adoption of the report,30,required,\n");
        var written = directory.resolve("m.yaml");

        var run = CommandRun.of("new", "--from", "2027-03-16", "--items", items.toString(), "-o", written.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var meeting = org.agendaplanner.model.MeetingReader.read(written);
        assertEquals(java.time.Duration.ofHours(2), meeting.items().get(1).minDuration());
        assertEquals("low", meeting.items().get(2).priority());
        assertEquals("required", meeting.items().get(3).priority());
        assertEquals("normal", meeting.items().get(0).priorityOrDefault());

        var unknown = file("bad.csv", "number,title,estimate,priority,minDuration\n1,Opening,15,urgent,\n"
                + "2,Debate,1h,,2h\n");
        var refused = CommandRun.of("new", "--from", "2027-03-16", "--items", unknown.toString());
        assertEquals(ExitCodes.INVALID_INPUT, refused.exitCode());
        assertTrue(refused.err().contains(unknown + ":2: priority: Unknown priority \"urgent\"."), refused.err());
        assertTrue(refused.err().contains(unknown + ":3: minDuration: The shortest time (2h) is longer than the "
                + "estimate."), refused.err());
    }

    @Test
    void aMissingCsvIsInvalidInputAndBadOptionsAreUsageErrors() {
        var missing = CommandRun.of("new", "--from", "2027-03-16", "--items", directory.resolve("no.csv").toString());
        var grid = CommandRun.of("new", "--from", "2027-03-16", "--grid", "13:00-10:00");
        var interpreted = CommandRun.of("new", "--from", "2027-03-16", "--interpreted", "some");
        var date = CommandRun.of("new", "--from", "16/03/2027");
        var noDate = CommandRun.of("new");

        assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("No such file."), missing.err());
        assertEquals(ExitCodes.USAGE, grid.exitCode());
        assertTrue(grid.err().contains("ends before it starts"), grid.err());
        assertEquals(ExitCodes.USAGE, interpreted.exitCode());
        assertTrue(interpreted.err().contains("not all, none or a number"), interpreted.err());
        assertEquals(ExitCodes.USAGE, date.exitCode());
        assertTrue(date.err().contains("write yyyy-mm-dd"), date.err());
        assertEquals(ExitCodes.USAGE, noDate.exitCode());
        assertTrue(noDate.err().contains("--from"), noDate.err());
    }
}
