package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.solver.analysis.Diagnosis;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given the seed meeting with one date moved far from its days (a session, or item 4's notBefore or notAfter, in the
 * year 6200 or 9999, or the year before), when it is planned, then no minute wraps around: a session beyond the
 * clock's reach is refused with its id, one within it is planned in its own hours, a notBefore after every session
 * leaves the item out with that reason, a notAfter long after them constrains nothing, and the rules score
 * items placed anywhere. The files are parsed without the validator, which bounds dates more tightly: the solver
 * must be right whatever it lets through.
 */
class DatesFarFromTheMeetingTest {

    private static final AgendaSolver.Settings SHORT = AgendaSolver.Settings.defaults().withMoveLimit(2_000L);

    @Test
    void theClockCountsAnyDateInLongAndNeverWrapsAnIntMinute() {
        var clock = new MeetingClock(LocalDate.of(2020, 3, 17));

        long farMinutes = clock.minutes(LocalDate.of(6200, 1, 1), LocalTime.of(15, 0));
        assertEquals(clock.days(LocalDate.of(6200, 1, 1)) * 1440 + 15 * 60, farMinutes);
        assertTrue(farMinutes > Integer.MAX_VALUE, "4180 years of minutes, past the int limit, counted exactly");
        assertThrows(ArithmeticException.class, () -> clock.minute(LocalDate.of(6200, 1, 1), LocalTime.of(15, 0)));
        assertEquals(MeetingClock.MAX_SPAN_DAYS * 1440 + 15 * 60,
                clock.minute(LocalDate.of(2020, 3, 17).plusDays(MeetingClock.MAX_SPAN_DAYS), LocalTime.of(15, 0)));
        assertEquals(0, clock.minuteWithin(LocalDate.of(1, 1, 1), LocalTime.MIDNIGHT, 0, 100));
        assertEquals(100, clock.minuteWithin(LocalDate.of(9999, 12, 31), LocalTime.MIDNIGHT, 0, 100));
    }

    @Test
    void aSessionBeyondTheClocksReachIsRefusedByIdAndPath() throws Exception {
        var meeting = seedWith("\"date\": \"2020-03-18\", \"start\": \"15:00\"", "\"date\": \"6200-01-01\", \"start\": \"15:00\"");

        var refused = assertThrows(InvalidInputException.class,
                () -> ProblemFactory.build(meeting, "far.json", ProblemFactory.ProgrammeUse.IGNORE));

        assertEquals("sessions[3].date", refused.problems().get(0).path());
        assertTrue(refused.getMessage().contains("Session \"wed-pm\" falls on 6200-01-01"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Fix: "), refused.getMessage());
    }

    @Test
    void aSessionFarAwayWithinTheClocksReachIsPlannedInItsOwnHours() throws Exception {
        var far = LocalDate.of(2020, 3, 17).plusDays(MeetingClock.MAX_SPAN_DAYS);
        var meeting = seedWith("\"date\": \"2020-03-18\", \"start\": \"15:00\"",
                "\"date\": \"" + far + "\", \"start\": \"15:00\"");

        var solved = solve(meeting);

        var session = solved.session("wed-pm").orElseThrow();
        var inIt = solved.programme().segments().stream().filter(segment -> segment.session().equals("wed-pm"))
                .toList();
        assertFalse(inIt.isEmpty(), solved.programme().toString());
        for (var segment : inIt) {
            assertFalse(segment.start().isBefore(session.start()), segment.toString());
            assertFalse(segment.end().isAfter(session.end()), segment.toString());
        }
        var rescored = ScoreReport.of(ProblemFactory.build(solved, "far.json", ProblemFactory.ProgrammeUse.AS_DRAFT)
                .solution()).score();
        assertEquals(solved.programme().score(), rescored.toString(), "its own file scores as it was solved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6200-01-01T00:00", "9999-12-31T23:59", "2021-03-17T10:00"})
    void aNotBeforeAfterEverySessionLeavesTheItemOutAndSaysWhy(String notBefore) throws Exception {
        var meeting = seedWith("\"duration\": \"PT15M\",", "\"duration\": \"PT15M\", \"notBefore\": \"" + notBefore + "\",");
        var planning = ProblemFactory.build(meeting, "late.json", ProblemFactory.ProgrammeUse.IGNORE);

        var solved = new AgendaSolver(SHORT).solve(planning.solution(), score -> { });

        var written = ProgrammeWriter.programmeOf(solved, planning.clock());
        assertEquals(List.of("4"), written.unscheduled());
        assertEquals(List.of("Item 4 may not start before its notBefore, which falls after the last session of "
                + "plenary."), Diagnosis.ofUnscheduled(solved));
        assertEquals(HardMediumSoftLongScore.of(0, -15, -45), solved.getScore(), "everything else as in the seed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6200-01-01T00:00", "9999-12-31T23:59", "2021-03-17T10:00"})
    void aNotAfterLongAfterEverySessionConstrainsNothing(String notAfter) throws Exception {
        var meeting = seedWith("\"duration\": \"PT15M\",", "\"duration\": \"PT15M\", \"notAfter\": \"" + notAfter + "\",");
        var planning = ProblemFactory.build(meeting, "late.json", ProblemFactory.ProgrammeUse.IGNORE);
        assertNull(planning.itemsById().get("4").notAfter());

        var solved = new AgendaSolver(SHORT).solve(planning.solution(), score -> { });

        assertNull(ProgrammeWriter.programmeOf(solved, planning.clock()).unscheduled());
        assertEquals(HardMediumSoftLongScore.of(0, 0, -45), solved.getScore());
    }

    @Test
    void aNotAfterBeforeEverySessionLeavesTheItemOutAndSaysWhy() throws Exception {
        var meeting = seedWith("\"duration\": \"PT15M\",", "\"duration\": \"PT15M\", \"notAfter\": \"0001-01-01T00:00\",");
        var planning = ProblemFactory.build(meeting, "early.json", ProblemFactory.ProgrammeUse.IGNORE);

        var solved = new AgendaSolver(SHORT).solve(planning.solution(), score -> { });

        assertEquals(List.of("4"), ProgrammeWriter.programmeOf(solved, planning.clock()).unscheduled());
        assertEquals(List.of("Item 4 must end by its notAfter, which falls before the first session of plenary."),
                Diagnosis.ofUnscheduled(solved));
    }

    @Test
    void aNotBeforeBeforeEverySessionConstrainsNothing() throws Exception {
        var meeting = seedWith("\"duration\": \"PT15M\",", "\"duration\": \"PT15M\", \"notBefore\": \"0001-01-01T00:00\",");

        var planning = ProblemFactory.build(meeting, "early.json", ProblemFactory.ProgrammeUse.IGNORE);

        assertNull(planning.itemsById().get("4").notBefore());
    }

    /**
     * A draft that places item 4 although its notBefore is in 9999, and items 4 and 5 read back as a starting point
     * behind it: every rule still scores (Order and Unused time once threw on such minutes), each penalty positive.
     */
    @Test
    void theRulesScoreItemsPlacedFarFromTheirWindow() throws Exception {
        var solvedSeed = solve(MeetingReader.read(Datasets.seed()));
        var text = MeetingWriter.toJson(solvedSeed).replace("\"duration\": \"PT15M\",",
                "\"duration\": \"PT15M\", \"notBefore\": \"9999-12-31T23:59\",");
        assertTrue(text.contains("9999-12-31T23:59"), "the notBefore went in");
        var meeting = MeetingReader.parse("draft.json", text, false);

        for (var use : List.of(ProblemFactory.ProgrammeUse.AS_DRAFT, ProblemFactory.ProgrammeUse.AS_STARTING_POINT)) {
            var report = ScoreReport.of(ProblemFactory.build(meeting, "draft.json", use).solution());

            assertTrue(report.score().hardScore() < 0, use + ": " + report.score());
            for (var total : report.rules()) {
                for (var line : total.penalties()) {
                    assertTrue(line.penalty().amount() > 0, use + ": " + line.penalty());
                }
            }
        }
    }

    private static MeetingFile solve(MeetingFile meeting) throws Exception {
        var planning = ProblemFactory.build(meeting, "far.json", ProblemFactory.ProgrammeUse.IGNORE);
        var solved = new AgendaSolver(SHORT).solve(planning.solution(), score -> { });
        return ProgrammeWriter.solvedFile(meeting, solved, planning.clock());
    }

    /** The seed's text with one change, parsed but not validated. */
    private static MeetingFile seedWith(String from, String to) throws Exception {
        var text = Files.readString(Datasets.seed());
        assertTrue(text.contains(from), from);
        return MeetingReader.parse("seed.json", text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), false);
    }
}
