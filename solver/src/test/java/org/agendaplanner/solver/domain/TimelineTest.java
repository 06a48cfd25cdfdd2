package org.agendaplanner.solver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How an item is laid along a body's time: the rules that need no constraint because they hold by construction. */
class TimelineTest {

    private static final Set<String> ENGLISH = Set.of("en");
    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 17);

    private final Session morning = new Session("am", "plenary", TUESDAY, 0, 600, 780, ENGLISH);
    private final Session lunchBriefing = new Session("lunch", "plenary", TUESDAY, 0, 795, 885, Set.of());
    private final Session afternoon = new Session("pm", "plenary", TUESDAY, 0, 900, 1080, ENGLISH);
    private final Timeline timeline = new Timeline(List.of(window(morning), window(lunchBriefing), window(afternoon)), 5);

    @Test
    void anItemThatDoesNotFitContinuesAtTheStartOfTheNextSessionItCanUse() {
        var debate = new Item("3", "3", "Debate", 0, 120, Set.of("plenary"), ENGLISH);

        var placement = timeline.placeFrom(debate, 720);

        // 12:00–13:00 in the morning, then the informal lunch briefing (no interpretation) is skipped: 15:00–16:00.
        assertEquals(List.of("am 720-780", "pm 900-960"), describe(placement));
    }

    @Test
    void anItemNeedingNoInterpretationMayUseTheInformalSession() {
        var briefing = new Item("6", "6", "Briefing", 0, 60, Set.of("plenary"), Set.of());

        assertEquals(List.of("lunch 795-855"), describe(timeline.placeFrom(briefing, 790)));
    }

    @Test
    void anItemThatMayNotBeSplitWaitsForASessionWithRoomForAllOfIt() {
        var statement = new Item("4", "4", "Statement", 0, 45, Set.of("plenary"), ENGLISH);
        statement.setSplittable(false);

        // At 12:30 only 30 minutes of the morning remain; the statement opens the afternoon instead.
        assertEquals(List.of("pm 900-945"), describe(timeline.placeFrom(statement, 750)));
    }

    @Test
    void aPlannersDraftStartIsTakenExactlyEvenInASessionTheItemCannotUse() {
        var debate = new Item("3", "3", "Debate", 0, 60, Set.of("plenary"), ENGLISH);

        assertEquals(List.of("lunch 795-855"), describe(timeline.placeAt(debate, 795)));
    }

    private static Window window(Session session) {
        return new Window(session, session.start(), session.end());
    }

    private static List<String> describe(Placement placement) {
        return placement.segments().stream()
                .map(segment -> segment.session().id() + " " + segment.start() + "-" + segment.end())
                .toList();
    }
}
