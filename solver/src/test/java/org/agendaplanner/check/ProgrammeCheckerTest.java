package org.agendaplanner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.SessionDef;
import org.junit.jupiter.api.Test;

/** The checker must see a break, or it proves nothing when it finds none. Programmes are the seed's annex, altered. */
class ProgrammeCheckerTest {

    /** The seed's reference programme, as the README shows it. */
    private static MeetingFile seedWithAnnex() throws Exception {
        var meeting = MeetingReader.read(Datasets.seed());
        var starts = List.of(new ItemStart("1a", "tue-am", LocalTime.of(10, 0)),
                new ItemStart("1b", "tue-am", LocalTime.of(10, 10)),
                new ItemStart("2", "tue-am", LocalTime.of(10, 30)),
                new ItemStart("3", "wed-am", LocalTime.of(10, 0)),
                new ItemStart("4", "wed-pm", LocalTime.of(16, 45)),
                new ItemStart("5", "wed-pm", LocalTime.of(17, 0)));
        var segments = List.of(
                new org.agendaplanner.model.Segment("1a", "tue-am", LocalTime.of(10, 0), LocalTime.of(10, 10), false),
                new org.agendaplanner.model.Segment("1b", "tue-am", LocalTime.of(10, 10), LocalTime.of(10, 30), false),
                new org.agendaplanner.model.Segment("2", "tue-am", LocalTime.of(10, 30), LocalTime.of(13, 0), false),
                new org.agendaplanner.model.Segment("2", "tue-pm", LocalTime.of(15, 0), LocalTime.of(17, 15), true),
                new org.agendaplanner.model.Segment("3", "wed-am", LocalTime.of(10, 0), LocalTime.of(13, 0), false),
                new org.agendaplanner.model.Segment("3", "wed-pm", LocalTime.of(15, 0), LocalTime.of(16, 45), true),
                new org.agendaplanner.model.Segment("4", "wed-pm", LocalTime.of(16, 45), LocalTime.of(17, 0), false),
                new org.agendaplanner.model.Segment("5", "wed-pm", LocalTime.of(17, 0), LocalTime.of(17, 30), false));
        return meeting.withProgramme(new Programme(null, starts, segments, null));
    }

    @Test
    void theSeedAnnexIsClean() throws Exception {
        assertEquals(List.of(), ProgrammeChecker.check(seedWithAnnex()));
    }

    @Test
    void anItemMovedAheadBreaksOrderAndOverlapAndNoLongerMatchesItsSegments() throws Exception {
        var meeting = seedWithAnnex();
        var starts = new ArrayList<>(meeting.programme().items());
        starts.set(4, new ItemStart("4", "wed-pm", LocalTime.of(16, 30)));

        var violations = ProgrammeChecker.check(meeting.withProgramme(new Programme(null, starts,
                meeting.programme().segments(), null)));

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Order: item 4")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("No overlap")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Item 4: the programme writes")), violations.toString());
    }

    @Test
    void aSessionWithoutInterpretationAndTheLastItemOutOfTheLastSessionAreSeen() throws Exception {
        var meeting = seedWithAnnex();
        var sessions = new ArrayList<>(meeting.sessions());
        var tuesday = sessions.get(0);
        sessions.set(0, new SessionDef(tuesday.id(), tuesday.body(), tuesday.date(), tuesday.start(), tuesday.end(),
                LanguageNeed.NONE, null));
        var items = new ArrayList<>(meeting.items());
        var adoption = items.get(5);
        items.set(3, new org.agendaplanner.model.ItemDef(items.get(3).id(), items.get(3).number(), items.get(3).title(),
                items.get(3).duration(), null, null, null, null, null, null, null, null, null, null, true, null, null));
        var altered = new MeetingFile(meeting.format(), meeting.comment(), meeting.meeting(), meeting.bodies(),
                meeting.interpretation(), sessions, meeting.blocks(), items, meeting.rules(), meeting.programme());

        var violations = ProgrammeChecker.check(altered);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Interpretation available: item 1a")),
                violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Last session: item 3")), violations.toString());
        assertTrue(violations.stream().noneMatch(v -> v.contains("item " + adoption.id() + " lies")),
                violations.toString());
    }
}
