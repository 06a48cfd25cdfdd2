package org.agendaplanner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Segment;
import org.agendaplanner.model.SessionDef;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given a five-day conference of the parties with a plenary, a Committee of the Whole and two working groups
 * sharing one interpretation team, when it is solved, then it is what a secretariat would publish.
 */
class ConferenceOfThePartiesTest {

    private static MeetingFile solved;

    @BeforeAll
    static void solve() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
        var planning = ProblemFactory.build(meeting, "cop", ProblemFactory.ProgrammeUse.IGNORE);
        var result = new AgendaSolver(AgendaSolver.Settings.defaults()).solve(planning.solution(), score -> { });
        solved = ProgrammeWriter.solvedFile(meeting, result, planning.clock());
    }

    @Test
    void placesEveryItemWithoutBreakingAHardRule() {
        var score = HardMediumSoftLongScore.parseScore(solved.programme().score());
        assertEquals(0, score.hardScore(), solved.programme().score());
        assertEquals(0, score.mediumScore(), "unscheduled: " + solved.programme().unscheduled());
        assertEquals(List.of(), ProgrammeChecker.check(solved));
    }

    @Test
    void nothingRunsBesideTheOpening() {
        var opening = session("plenary-mon-am");
        assertTrue(opening.isExclusive(), "the dataset marks the opening session exclusive");
        var beside = segments().stream()
                .filter(segment -> !session(segment.session()).body().equals(opening.body()))
                .filter(segment -> session(segment.session()).date().equals(opening.date())
                        && segment.start().isBefore(opening.end()) && opening.start().isBefore(segment.end()))
                .toList();
        assertEquals(List.of(), beside, "the first working group has a session beside the opening; it stays empty");
    }

    @Test
    void interpretedSessionsInUseNeverOutnumberTheTeam() {
        var inUse = interpretedSessionsInUse();
        for (var probe : inUse) {
            long running = inUse.stream()
                    .filter(other -> other.date().equals(probe.date()) && !other.start().isAfter(probe.start())
                            && probe.start().isBefore(other.end()))
                    .count();
            assertTrue(running <= solved.interpretation().teamCount(), running + " interpreted sessions run at "
                    + probe.date() + " " + probe.start());
        }
    }

    @Test
    void theWorkingGroupsMeetInConsecutiveSessions() {
        for (var body : List.of("wg1", "wg2")) {
            var sessions = solved.sessions().stream().filter(session -> session.body().equals(body)).toList();
            var used = segments().stream().map(Segment::session).distinct()
                    .filter(id -> session(id).body().equals(body))
                    .map(id -> sessions.indexOf(session(id)))
                    .sorted()
                    .toList();
            assertTrue(!used.isEmpty(), body + " meets");
            assertEquals(used.get(used.size() - 1) - used.get(0) + 1, used.size(),
                    body + " uses sessions " + used + " of its own; a gap would split its work");
        }
    }

    private static List<Segment> segments() {
        return solved.programme().segments();
    }

    private static SessionDef session(String id) {
        return solved.session(id).orElseThrow();
    }

    private static List<SessionDef> interpretedSessionsInUse() {
        var ids = new LinkedHashSet<String>();
        segments().forEach(segment -> ids.add(segment.session()));
        return ids.stream().map(ConferenceOfThePartiesTest::session)
                .filter(session -> !session.interpretationOrDefault().resolve(solved.languages()).isEmpty())
                .toList();
    }
}
