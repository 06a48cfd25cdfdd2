package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Segment;
import org.junit.jupiter.api.Test;

class AnnexTest {

    @Test
    void aSessionWithoutBusinessIsLeftOutAndABlockShowsUnderItsLabel() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("commission-5day-2021.json"));
        var withFridayAfternoonOnly = meeting.withProgramme(new Programme(null, List.of(
                new ItemStart("13", "fri-pm", LocalTime.of(15, 0))), List.of(
                new Segment("13", "fri-pm", LocalTime.of(15, 0), LocalTime.of(16, 30), false)), null));

        var friday = Annex.of(withFridayAfternoonOnly, AnnexLanguage.EN).days().stream()
                .filter(day -> day.date().equals(LocalDate.of(2021, 5, 21)))
                .findFirst().orElseThrow();

        assertEquals(2, friday.slots().size(), "the drafting block and the afternoon session, nothing twice");
        assertEquals(true, friday.slots().get(0).block());
        assertEquals("Informal consultations on the draft report", friday.slots().get(0).entries().get(0).title());
        assertEquals(1, Annex.of(withFridayAfternoonOnly, AnnexLanguage.EN).days().size(), "only Friday has anything");
    }
}
