package org.agendaplanner.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;

import org.agendaplanner.datasets.MeetingGenerator.Parameters;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.SessionDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MeetingGeneratorTest {

    @TempDir
    Path directory;

    static Stream<Parameters> shapes() {
        return Stream.of(
                Parameters.of(1, 1, 2, 0),
                Parameters.of(1, 1, 25, 1),
                Parameters.of(1, 3, 25, 2),
                Parameters.of(2, 2, 12, 3),
                new Parameters(3, 3, 20, 2, 0.2, 4, true),
                new Parameters(5, 4, 40, 1, 0.1, 5, true),
                new Parameters(10, 4, 300, 1, 0.05, 7, true),
                new Parameters(2, 3, 15, 1, 0.05, 8, false),
                new Parameters(20, 6, 1000, 3, 0.1, 9, true),
                Parameters.of(260, 1, 40, 10));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void generatedMeetingsPassValidation(Parameters parameters) throws Exception {
        var file = directory.resolve(parameters.fileName());
        MeetingWriter.write(MeetingGenerator.generate(parameters), file);

        var meeting = MeetingReader.read(file);

        assertEquals(parameters.items(), meeting.items().size());
        assertEquals(parameters.bodies(), meeting.bodies().size());
        assertEquals(parameters.teams(), meeting.interpretation().teamCount());
    }

    @Test
    void theSameSeedGivesTheSameFileByteForByte() throws Exception {
        var parameters = new Parameters(10, 4, 300, 2, 0.1, 7, true);
        var first = directory.resolve("first.json");
        var second = directory.resolve("second.json");

        MeetingWriter.write(MeetingGenerator.generate(parameters), first);
        MeetingWriter.write(MeetingGenerator.generate(parameters), second);

        assertEquals(-1, Files.mismatch(first, second));
    }

    @Test
    void anotherSeedGivesAnotherMeeting() {
        assertTrue(!MeetingWriter.toJson(MeetingGenerator.generate(Parameters.of(3, 2, 20, 1)))
                .equals(MeetingWriter.toJson(MeetingGenerator.generate(Parameters.of(3, 2, 20, 2)))));
    }

    @Test
    void theFileNameGivesTheSize() {
        assertEquals("generated-10days-4bodies-300items-seed7.json", Parameters.of(10, 4, 300, 7).fileName());
        assertEquals("generated-2days-3bodies-15items-2teams-fixed0.20-infeasible-seed8.json",
                new Parameters(2, 3, 15, 2, 0.2, 8, false).fileName());
    }

    @Test
    void theOpeningIsFixedAtDayOneTenInThePlenaryAndTheAdoptionOfTheReportComesLast() {
        var meeting = MeetingGenerator.generate(Parameters.of(5, 4, 60, 3));
        var opening = meeting.items().get(0);
        var adoption = meeting.items().get(meeting.items().size() - 1);

        assertEquals("plenary-d1-am", opening.fixed().session());
        assertEquals(LocalTime.of(10, 0), opening.fixed().start());
        assertEquals("plenary", adoption.body());
        assertTrue(adoption.isLastSession());
    }

    /** The guarantee the class comment gives: at most 85 % of each body's time, uninterpreted bodies beyond the teams. */
    @Test
    void eachBodyNeedsAtMostEightyFivePercentOfItsTimeAndOnlyTheTeamsBodiesAreInterpreted() {
        var meeting = MeetingGenerator.generate(new Parameters(4, 4, 80, 2, 0.05, 11, true));
        for (int body = 0; body < meeting.bodies().size(); body++) {
            var id = meeting.bodies().get(body).id();
            long sessionMinutes = meeting.sessions().stream().filter(session -> session.body().equals(id))
                    .mapToLong(session -> Duration.between(session.start(), session.end()).toMinutes()).sum();
            long blockedMinutes = meeting.blocksOrEmpty().stream().filter(block -> block.body().equals(id))
                    .mapToLong(block -> Duration.between(block.start(), block.end()).toMinutes()).sum();
            long itemMinutes = meeting.items().stream().filter(item -> item.body().equals(id))
                    .mapToLong(item -> item.duration().toMinutes()).sum();
            assertTrue(itemMinutes <= 0.85 * (sessionMinutes - blockedMinutes), id + " is too full");
            boolean interpreted = body < 2;
            assertTrue(meeting.sessions().stream().filter(session -> session.body().equals(id))
                    .map(SessionDef::interpretationOrDefault).allMatch(need -> need.isNone() != interpreted));
            if (!interpreted) {
                assertTrue(meeting.items().stream().filter(item -> item.body().equals(id))
                        .map(ItemDef::interpretationOrDefault).allMatch(need -> need.isNone()));
            }
        }
    }

    @Test
    void aMeetingLongerThanAFileMaySpanIsRefused() {
        var refusal = assertThrows(IllegalArgumentException.class, () -> Parameters.of(261, 1, 40, 10));

        assertEquals("days must be between 1 and 260, not 261.", refusal.getMessage());
    }

    @Test
    void aMeetingTooDenseToBeFeasibleIsRefused() {
        var tooDense = Parameters.of(1, 1, 200, 1);

        var refusal = assertThrows(IllegalArgumentException.class, () -> MeetingGenerator.generate(tooDense));

        assertTrue(refusal.getMessage().contains("Too many items"), refusal.getMessage());
    }
}
