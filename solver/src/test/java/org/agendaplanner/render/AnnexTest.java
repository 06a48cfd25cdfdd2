package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFiles;
import org.junit.jupiter.api.Test;

class AnnexTest {

    @Test
    void aSessionWhollyTakenByABlockShowsOnceAsTheBlock() throws Exception {
        var meeting = MeetingFiles.read(Datasets.directory().resolve("commission-5day-2021.json"));

        var friday = Annex.of(meeting, UnStyle.EN).days().stream()
                .filter(day -> day.date().equals(LocalDate.of(2021, 5, 21)))
                .findFirst().orElseThrow();

        assertEquals(2, friday.slots().size(), "the drafting block and the afternoon session");
        assertEquals(true, friday.slots().get(0).block());
        assertEquals("Informal consultations on the draft report", friday.slots().get(0).entries().get(0).title());
    }
}
