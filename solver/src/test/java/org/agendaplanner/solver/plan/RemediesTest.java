package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;

/**
 * Given a meeting with more business than time, when the remedies are looked for, then each one listed places every
 * item when it is applied with its settings, and the list is the same however many trials run at once.
 */
class RemediesTest {

    /** Far beyond what the trials take, so that a loaded machine cannot cut one short and change the list. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    /**
     * Two bodies meet at once with one interpretation team: the Committee of the Whole has 6 h 30 min of business and
     * only the two half-days when the plenary does not sit. A second team lets it use all four.
     */
    @Test
    void twoBodiesAtOnceWithOneTeamGetASecondTeamListed() throws Exception {
        var meeting = MeetingReader.read(overFullMeeting());
        var settings = Planner.Settings.defaults();
        var best = Planner.plan(meeting, "over-full.yaml", settings).best().orElseThrow();
        assertFalse(best.isFeasible(), "the meeting is over-full as it stands");
        assertTrue(Remedies.worthLooking(best.solvedFile()));

        var search = Remedies.find(meeting, "over-full.yaml", best.solvedFile(), settings, LIMIT, 2);

        var team = search.remedies().stream().filter(remedy -> remedy.kind() == Remedies.Kind.INTERPRETATION_TEAM)
                .findFirst().orElseThrow(() -> new AssertionError(search.remedies().toString()));
        assertEquals(List.of("interpretation.teams=2"), team.settings());
        assertEquals(0, search.notFinished(), "every trial finishes well inside the limit");
        assertPlacesEverything(meeting, team);
    }

    /** Same file, same seed: the same list, whether the trials run one at a time or side by side. */
    @Test
    void theListIsTheSameForTheSameFileAndSeedAtAnyParallelism() throws Exception {
        var meeting = MeetingReader.read(overFullMeeting());
        var settings = Planner.Settings.defaults();
        var best = Planner.plan(meeting, "over-full.yaml", settings).best().orElseThrow();

        var oneAtATime = Remedies.find(meeting, "over-full.yaml", best.solvedFile(), settings, LIMIT, 1);
        var sideBySide = Remedies.find(meeting, "over-full.yaml", best.solvedFile(), settings, LIMIT, 2);

        assertFalse(oneAtATime.remedies().isEmpty());
        assertEquals(oneAtATime.remedies(), sideBySide.remedies());
    }

    /**
     * The seed with item 3 at 6 h 15 min: 15 minutes more business than its four interpreted sessions hold, and the
     * budget of four spent. An evening session, with the budget one larger, places everything.
     */
    @Test
    void theSeedOverFullGetsAnEveningSessionWithItsBudget() throws Exception {
        var meeting = withDuration(MeetingReader.read(Datasets.seed()), "3", Duration.ofMinutes(375));
        var settings = Planner.Settings.defaults();
        var best = Planner.plan(meeting, "seed.json", settings).best().orElseThrow();
        assertFalse(best.isFeasible());

        var search = Remedies.find(meeting, "seed.json", best.solvedFile(), settings, LIMIT, 2);

        var session = search.remedies().stream().filter(remedy -> remedy.kind() == Remedies.Kind.SESSION)
                .findFirst().orElseThrow(() -> new AssertionError(search.remedies().toString()));
        assertEquals(List.of("sessions.plenary-tue-eve=plenary,2020-03-17,19:00-22:00,interpreted",
                "interpretation.maxSessions=5"), session.settings());
        assertTrue(session.description().startsWith("One more session of Plenary on Tuesday 17 March, evening "
                + "(19:00–22:00), with interpretation"), session.description());
        assertPlacesEverything(meeting, session);
        var shorter = search.remedies().stream().filter(remedy -> remedy.kind() == Remedies.Kind.SHORTER_ITEM)
                .findFirst().orElseThrow();
        assertEquals(List.of("items.3.duration=PT6H"), shorter.settings(), "15 minutes less for the longest item");
        assertPlacesEverything(meeting, shorter);
        assertTrue(search.remedies().stream().noneMatch(remedy -> remedy.kind() == Remedies.Kind.INTERPRETATION_TEAM),
                "one body never needs two teams");
    }

    /**
     * The conference of the parties with item 6 (a) at 7 h: the Committee of the Whole is 45 minutes over. It meets
     * Tuesday to Thursday, beside no other interpreted body, so no second team is offered, and the plenary's
     * half-days are taken: the sessions offered are evenings of its own days.
     */
    @Test
    void aFourBodyMeetingOverFullInOneBodyGetsAnEveningOfThatBody() throws Exception {
        var meeting = withDuration(MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json")), "6a",
                Duration.ofHours(7));
        var settings = Planner.Settings.defaults();
        var best = Planner.plan(meeting, "cop.json", settings).best().orElseThrow();
        assertFalse(best.isFeasible());

        var search = Remedies.find(meeting, "cop.json", best.solvedFile(), settings, LIMIT, 2);

        assertFalse(search.remedies().isEmpty(), "a remedy is found");
        assertTrue(search.remedies().stream().noneMatch(remedy -> remedy.kind() == Remedies.Kind.INTERPRETATION_TEAM));
        var sessions = search.remedies().stream().filter(remedy -> remedy.kind() == Remedies.Kind.SESSION).toList();
        assertFalse(sessions.isEmpty(), search.remedies().toString());
        sessions.forEach(remedy -> assertTrue(remedy.settings().get(0).matches(
                "sessions\\.cow-(tue|wed|thu)-eve=cow,2025-05-0[678],19:00-22:00,interpreted"), remedy.toString()));
        assertPlacesEverything(meeting, sessions.get(0));
    }

    /**
     * Two teams, and the Committee of the Whole 30 minutes over with a low item of 1 h: that item is left out, and
     * the plenary, with half its time free, could take it up.
     */
    @Test
    void aLowItemLeftOutIsOfferedToAnotherBody() throws Exception {
        var text = Files.readString(overFullMeeting()).replace("interpretation: {teams: 1}", "interpretation: {teams: 2}")
                .replace("duration: PT3H, body: cow}", "duration: PT6H, body: cow}")
                .replace("duration: PT2H30M, body: cow}", "duration: PT5H30M, body: cow}")
                .replace("duration: PT1H, body: cow}", "duration: PT1H, body: cow, priority: low}");
        var meeting = MeetingReader.parse("low.yaml", text, true);
        var settings = Planner.Settings.defaults();
        var best = Planner.plan(meeting, "low.yaml", settings).best().orElseThrow();
        assertEquals(List.of("8"), best.solvedFile().programme().unscheduled(), "the low item gives way");

        var search = Remedies.find(meeting, "low.yaml", best.solvedFile(), settings, LIMIT, 2);

        var move = search.remedies().stream().filter(remedy -> remedy.kind() == Remedies.Kind.ITEM_TO_ANOTHER_BODY)
                .findFirst().orElseThrow(() -> new AssertionError(search.remedies().toString()));
        assertEquals(List.of("items.8.body=plenary", "items.8.free=true"), move.settings());
        assertEquals("Item 8, of low priority, taken up by Plenary instead of Committee of the Whole, where it fits in",
                move.description());
        assertPlacesEverything(meeting, move);
        assertTrue(search.remedies().stream().noneMatch(remedy -> remedy.kind() == Remedies.Kind.INTERPRETATION_TEAM),
                "two teams already serve both bodies at once");
    }

    /** An item shortened to its minDuration is business not placed whole: remedies are looked for. */
    @Test
    void aShortenedItemIsWorthARemedy() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("../docs/over-full-meeting.json"));
        var best = Planner.plan(meeting, "over-full.json", Planner.Settings.defaults()).best().orElseThrow();
        var shortened = best.solvedFile().programme().items().stream().filter(start -> start.duration() != null)
                .toList();
        assertFalse(shortened.isEmpty(), "the general debate is shortened");

        assertTrue(Remedies.worthLooking(best.solvedFile()));
    }

    @Test
    void aMeetingThatFitsNeedsNoRemedy() throws Exception {
        var best = Planner.plan(MeetingReader.read(Datasets.seed()), "seed.json", Planner.Settings.defaults()).best()
                .orElseThrow();

        assertFalse(Remedies.worthLooking(best.solvedFile()));
    }

    private static void assertPlacesEverything(MeetingFile meeting, Remedies.Remedy remedy) throws Exception {
        var applied = Planner.plan(meeting, "applied.json", Planner.Settings.defaults()
                .withOverrides(remedy.settings())).best().orElseThrow();
        assertTrue(applied.isFeasible(), remedy + " gives " + applied.score());
        assertEquals(remedy.score(), applied.score().toString(), "the score listed is the one applying it gives");
    }

    static java.nio.file.Path overFullMeeting() {
        return Datasets.directory().resolve("../docs/two-bodies-one-team.yaml");
    }

    private static MeetingFile withDuration(MeetingFile meeting, String item, Duration duration) {
        var items = new ArrayList<ItemDef>();
        meeting.items().forEach(each -> items.add(each.id().equals(item) ? each.withDuration(duration) : each));
        return meeting.withItems(items);
    }
}
