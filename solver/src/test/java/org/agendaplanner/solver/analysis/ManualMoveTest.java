package org.agendaplanner.solver.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Given the solved seed, when a planner moves an item to a session by hand, then this programme. */
class ManualMoveTest {

    private static MeetingFile solved;

    @BeforeAll
    static void solveTheSeed() throws Exception {
        var seed = MeetingReader.read(Datasets.seed());
        solved = Planner.plan(seed, "seed", Planner.Settings.defaults()).best().orElseThrow().solvedFile();
        assertEquals("0hard/0medium/-45soft", solved.programme().score());
    }

    private static Map<String, String> starts(MeetingFile meeting) {
        return meeting.programme().items().stream()
                .collect(Collectors.toMap(ItemStart::item, start -> start.session() + " " + start.start()));
    }

    @Test
    void itemThreeMovedToTuesdayAfternoonFollowsItemTwoAndTheRestMovesUp() throws Exception {
        var moved = ManualMove.to(ProblemFactory.build(solved, "seed", ProblemFactory.ProgrammeUse.AS_STARTING_POINT),
                "3", "tue-pm", "seed");
        var starts = starts(moved);
        // Item 2 ends at 17:15, so item 3 starts there and runs 45 + 180 + 60 minutes, to Wednesday 16:00: items 4
        // and 5 follow it at once. It continues overnight (120) where Tuesday left 45 minutes unused: 75 worse.
        assertEquals("tue-pm 17:15", starts.get("3"));
        assertEquals("wed-pm 16:00", starts.get("4"));
        assertEquals("wed-pm 16:15", starts.get("5"));
        assertEquals(starts(solved).get("2"), starts.get("2"));
        assertEquals("0hard/0medium/-120soft", moved.programme().score());
        assertTrue(moved.programme().segments().stream().anyMatch(segment -> segment.item().equals("3")
                && segment.session().equals("wed-am") && segment.continued()));
    }

    @Test
    void anUnknownItemOrASessionThatCannotTakeItIsRefusedInWords() throws Exception {
        var planning = ProblemFactory.build(solved, "seed", ProblemFactory.ProgrammeUse.AS_STARTING_POINT);
        var unknownItem = assertThrows(ManualMove.RefusedException.class, () -> ManualMove.to(planning, "9", "tue-pm",
                "seed"));
        assertTrue(unknownItem.getMessage().startsWith("No item \"9\" in this meeting. Its items are: 1a, 1b"),
                unknownItem.getMessage());
        var unknownSession = assertThrows(ManualMove.RefusedException.class, () -> ManualMove.to(planning, "3", "fri",
                "seed"));
        assertTrue(unknownSession.getMessage().startsWith("Item 3 cannot start in session fri"), unknownSession.getMessage());
    }
}
