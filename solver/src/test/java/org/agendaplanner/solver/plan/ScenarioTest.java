package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings that express a remedy: one more session, an item's time, the body that takes it. */
class ScenarioTest {

    @Test
    void aSessionSettingAddsTheSession() throws Exception {
        var meeting = Scenario.apply(seed(), List.of("sessions.tue-eve=plenary,2020-03-17,19:00-22:00,uninterpreted"));

        var added = meeting.session("tue-eve").orElseThrow();
        assertEquals("plenary", added.body());
        assertEquals(LocalDate.of(2020, 3, 17), added.date());
        assertEquals(LocalTime.of(19, 0), added.start());
        assertEquals(LocalTime.of(22, 0), added.end());
        assertEquals(LanguageNeed.NONE, added.interpretation());
        assertEquals(seed().sessions().size() + 1, meeting.sessions().size());
        assertEquals("sessions.tue-eve=plenary,2020-03-17,19:00-22:00,uninterpreted",
                Scenario.addedSession(added), "the setting that adds a session reads back as itself");
    }

    @Test
    void itemSettingsChangeTheItemsTimeAndBody() throws Exception {
        var meeting = Scenario.apply(fourBodies(), List.of("items.6a.duration=PT1H", "items.8b.body=plenary",
                "items.8b.free=true"));

        assertEquals(Duration.ofHours(1), meeting.item("6a").orElseThrow().duration());
        assertEquals(List.of("plenary"), meeting.item("8b").orElseThrow().allowedBodies());
        assertTrue(meeting.item("8b").orElseThrow().isFree());
        assertEquals(fourBodies().item("6b"), meeting.item("6b"), "the other items are as they were");
    }

    /** An item that may be shortened keeps what it may give, down to its new estimate at most. */
    @Test
    void aShorterEstimateBringsTheMinDurationDownWithIt() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("../docs/over-full-meeting.json"));

        var shorter = Scenario.apply(meeting, List.of("items.5.duration=PT2H30M")).item("5").orElseThrow();
        var slightly = Scenario.apply(meeting, List.of("items.5.duration=PT3H30M")).item("5").orElseThrow();

        assertEquals(Duration.ofMinutes(150), shorter.minDuration());
        assertEquals(Duration.ofHours(3), slightly.minDuration(), "its own minDuration, still below the estimate");
        assertEquals(meeting.item("5").orElseThrow().priority(), slightly.priority());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sessions.tue-am=plenary,2020-03-17,19:00-22:00|already has a session \"tue-am\"",
        "sessions.x=nobody,2020-03-17,19:00-22:00|no body \"nobody\"",
        "sessions.x=plenary,2020-03-17|takes BODY,yyyy-mm-dd,HH:mm-HH:mm",
        "sessions.x=plenary,17 March,19:00-22:00|takes a date yyyy-mm-dd and times HH:mm-HH:mm",
        "sessions.x=plenary,2020-03-17,19:00-22:00,loud|interpreted or uninterpreted",
        "sessions.x=plenary,2020-03-17,12:00-14:00|overlaps session \"tue-am\"",
        "items.9.duration=PT1H|no item \"9\"",
        "items.3.duration=PT0M|takes a positive duration",
        "items.3.length=PT1H|an item takes items.<id>.duration, items.<id>.body or items.<id>.free",
        "items.3.free=yes|is true or false",
        "items.3.body=cow|no body \"cow\""})
    void aWrongSettingIsRefusedWithWhatItTakes(String setting, String expected) {
        var refused = assertThrows(Scenario.InvalidSettingException.class,
                () -> Scenario.apply(seed(), List.of(setting)));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    private static MeetingFile seed() throws Exception {
        return MeetingReader.read(Datasets.seed());
    }

    private static MeetingFile fourBodies() throws Exception {
        return MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
    }
}
