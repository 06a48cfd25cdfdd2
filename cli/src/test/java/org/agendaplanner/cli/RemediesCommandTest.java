package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Given a meeting with more business than time, when solved, then the command lists the remedies that would place
 * every item, each with its cost and the settings that apply it; and solving with one applied, by those settings or
 * by the file edited, places every item.
 */
class RemediesCommandTest {

    /** Far beyond what the trials take, so that a loaded machine cannot cut one short and change the list. */
    private static final String LIMIT = "120s";

    private static final Path OVER_FULL = Datasets.directory().resolve("../docs/two-bodies-one-team.yaml");

    @TempDir
    Path directory;

    @Test
    void twoBodiesAtOnceWithOneTeamListASecondTeamThatThenPlacesEverything() throws Exception {
        var run = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--remedies-time-limit", LIMIT);

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        assertTrue(run.out().contains("Unscheduled: 8"), run.out());
        assertTrue(run.out().contains("The binding limit is the interpretation teams: 6 h more are free in cow-mon-am, "
                + "cow-tue-pm, when the one interpretation team is in use by plenary (mon-am, tue-pm)."), run.out());
        assertTrue(run.out().contains("Remedies that would place every item ("), run.out());
        assertTrue(run.out().contains("within the limit of 120 s"), "the bound is stated: " + run.out());
        assertTrue(run.out().contains("One more interpretation team, so that 2 interpreted sessions can meet at once.\n"
                + "     Cost: one more team of interpreters (2 instead of 1); score with it "), run.out());
        assertTrue(run.out().contains("Apply: --set interpretation.teams=2\n"), run.out());

        var applied = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("two.json").toString(),
                "--quiet", "--set", "interpretation.teams=2");

        assertEquals(ExitCodes.OK, applied.exitCode(), applied.out());
        assertNull(MeetingReader.read(directory.resolve("two.json")).programme().unscheduled());
        assertFalse(applied.out().contains("Remedies"), "nothing left out, nothing to remedy");
    }

    @Test
    void anEveningSessionListedPlacesEverythingInTheFileEditedToHoldIt() throws Exception {
        var run = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--parallel", "1", "--remedies-time-limit", LIMIT);
        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        var apply = run.out().lines().filter(line -> line.contains("Apply: --set sessions.cow-")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertEquals("     Apply: --set sessions.cow-mon-eve=cow,2027-03-15,19:00-22:00,interpreted", apply);

        // The planner adds the session to the file instead of using --set.
        var edited = directory.resolve("edited.yaml");
        Files.writeString(edited, Files.readString(OVER_FULL).replace("items:\n", "  - {id: cow-mon-eve, body: cow, "
                + "date: 2027-03-15, start: \"19:00\", end: \"22:00\"}\nitems:\n"));
        var solved = CommandRun.of("solve", edited.toString(), "-o", directory.resolve("edited.json").toString(),
                "--quiet", "--remedies-time-limit", LIMIT);

        assertEquals(ExitCodes.OK, solved.exitCode(), solved.out());
        assertTrue(solved.out().contains("7–10 p.m. · Committee of the Whole"), solved.out());
    }

    @Test
    void jsonCarriesTheRemediesAfterTheAnnex() throws Exception {
        var run = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--format", "json", "--remedies-time-limit", LIMIT);

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        JsonNode document = JsonMapper.builder().build().readTree(run.out());
        assertEquals("agenda-planner-annex/1", document.get("format").asText(), "still the annex document");
        var remedies = document.get("remedies");
        assertEquals(120.0, remedies.get("timeLimitSeconds").asDouble());
        assertEquals(0, remedies.get("notFinished").asInt());
        var kinds = new ArrayList<String>();
        remedies.get("remedies").forEach(remedy -> kinds.add(remedy.get("kind").asText()));
        assertEquals("interpretationTeam", kinds.get(0), kinds.toString());
        var team = remedies.get("remedies").get(0);
        assertEquals(List.of("interpretation.teams=2"), List.of(team.get("settings").get(0).asText()));
        assertTrue(team.get("score").asText().startsWith("0hard/0medium/"), team.toString());
        assertTrue(team.get("cost").asText().contains("one more team of interpreters"), team.toString());
    }

    /**
     * The four-body conference with item 6 (a) at 7 h, by --set: the Committee of the Whole is 45 minutes over, and
     * the first remedy listed, added to the same command, places every item.
     */
    @Test
    void onTheFourBodyMeetingTheFirstRemedyAddedToTheScenarioPlacesEverything() throws Exception {
        var cop = Datasets.directory().resolve("cop-5day-4bodies.json").toString();
        var run = CommandRun.of("solve", cop, "-o", directory.resolve("cop.json").toString(), "--quiet",
                "--set", "items.6a.duration=PT7H", "--format", "json", "--remedies-time-limit", LIMIT);
        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        var first = JsonMapper.builder().build().readTree(run.out()).get("remedies").get("remedies").get(0);

        var command = new ArrayList<>(List.of("solve", cop, "-o", directory.resolve("applied.json").toString(),
                "--quiet", "--set", "items.6a.duration=PT7H"));
        first.get("settings").forEach(setting -> command.addAll(List.of("--set", setting.asText())));
        var applied = CommandRun.of(command.toArray(String[]::new));

        assertEquals(ExitCodes.OK, applied.exitCode(), first + "\n" + applied.out());
        assertTrue(applied.out().contains("Score: " + first.get("score").asText()), applied.out());
    }

    @Test
    void theHelpStatesTheDefaultLimitOfTenSeconds() {
        var help = CommandRun.of("solve", "--help");

        assertTrue(help.out().replaceAll("\\s+", " ").contains("--remedies-time-limit=DURATION When items are left "
                + "out, try the relaxations"), help.out());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("(default: 10s)"), help.out());
    }

    @Test
    void noRemediesSkipsTheSearch() {
        var run = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--no-remedies");

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode());
        assertFalse(run.out().contains("Remedies"), run.out());
    }

    @Test
    void aWrongParallelOrSessionSettingIsAUsageError() {
        var parallel = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--parallel", "0");
        assertEquals(ExitCodes.USAGE, parallel.exitCode());
        assertTrue(parallel.err().contains("--parallel takes 1 or more, not 0."), parallel.err());

        var session = CommandRun.of("solve", OVER_FULL.toString(), "-o", directory.resolve("out.json").toString(),
                "--quiet", "--set", "sessions.cow-mon-eve=cow,2027-03-15,12:00-16:00");
        assertEquals(ExitCodes.USAGE, session.exitCode());
        assertTrue(session.err().contains("overlaps session"), session.err());
    }

    /**
     * The seed re-planned at 19:30 on Tuesday, item 2 needing an hour more: the remedies are looked for after the
     * re-plan's moment, so Wednesday evening is offered and Tuesday evening, begun by then, is not.
     */
    @Test
    void replanListsRemediesAfterItsMoment() throws Exception {
        var solved = directory.resolve("seed.solved.json");
        assertEquals(ExitCodes.OK, CommandRun.of("solve", Datasets.seed().toString(), "-o", solved.toString(),
                "--quiet").exitCode());

        var run = CommandRun.of("replan", solved.toString(), "--at", "2020-03-17T19:30", "--remaining", "2=PT1H",
                "-o", directory.resolve("revised.json").toString(), "--format", "json", "--remedies-time-limit", LIMIT);

        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        var remedies = JsonMapper.builder().build().readTree(run.out()).get("remedies").get("remedies");
        var settings = new ArrayList<String>();
        remedies.forEach(remedy -> remedy.get("settings").forEach(setting -> settings.add(setting.asText())));
        assertTrue(settings.contains("sessions.plenary-wed-eve=plenary,2020-03-18,19:00-22:00,interpreted"),
                settings.toString());
        assertTrue(settings.stream().noneMatch(setting -> setting.contains("2020-03-17")),
                "nothing before the re-plan's moment: " + settings);

        var applied = CommandRun.of("replan", solved.toString(), "--at", "2020-03-17T19:30", "--remaining", "2=PT1H",
                "-o", directory.resolve("applied.json").toString(), "--set",
                "sessions.plenary-wed-eve=plenary,2020-03-18,19:00-22:00,interpreted", "--set",
                "interpretation.maxSessions=5");

        assertEquals(ExitCodes.OK, applied.exitCode(), applied.out() + applied.err());
        assertTrue(applied.out().contains("7–10 p.m."), applied.out());
    }
}
