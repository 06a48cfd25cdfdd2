package org.agendaplanner.solver.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Programme;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Given a solved meeting read back as {@code agenda recommend} reads it, when places are recommended for its items,
 * then each list opens with the item's current place at a change of zero, every other place lies in a body that may
 * take the item, the others come best first, and the programme is left as it was: on every shipped dataset and on
 * generated meetings of one to four bodies.
 */
class RecommendationTest {

    /** Items tried per meeting: every one of a small meeting, an even spread of a larger one. */
    private static final int ITEMS_PER_MEETING = 6;

    static Stream<Arguments> meetings() throws Exception {
        var meetings = new ArrayList<Arguments>();
        for (Path file : Datasets.all()) {
            meetings.add(Arguments.of(file.getFileName().toString(), MeetingReader.read(file)));
        }
        for (int bodies = 1; bodies <= 4; bodies++) {
            var parameters = MeetingGenerator.Parameters.of(2, bodies, 8 + 4 * bodies, bodies);
            meetings.add(Arguments.of(parameters.fileName(), MeetingGenerator.generate(parameters)));
        }
        var larger = MeetingGenerator.Parameters.of(3, 4, 40, 7);
        meetings.add(Arguments.of(larger.fileName(), MeetingGenerator.generate(larger)));
        var infeasible = new MeetingGenerator.Parameters(2, 3, 20, 1, 0.05, 1, false);
        meetings.add(Arguments.of(infeasible.fileName(), MeetingGenerator.generate(infeasible)));
        return meetings.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetings")
    void listsTheCurrentPlaceFirstAtZeroAndOnlyPlacesTheItemMayTake(String name, MeetingFile meeting)
            throws Exception {
        var solvedFile = solvedBriefly(meeting, name);
        var planning = ProblemFactory.build(solvedFile, name, ProblemFactory.ProgrammeUse.AS_STARTING_POINT);
        var solution = planning.solution();
        var before = AgendaSolver.analysis().update(solution);
        var listsBefore = solution.getBodyPlans().stream().map(body -> List.copyOf(body.getItems())).toList();

        int itemsWithAnotherPlace = 0;
        for (var item : sample(solution.getItems())) {
            var places = Recommendation.forItem(solution, item.id(), 5);

            var start = solvedFile.programme().items().stream().filter(each -> each.item().equals(item.id()))
                    .findFirst();
            if (start.isPresent()) {
                var first = places.get(0);
                assertTrue(first.current(), name + " item " + item.id() + ": " + places);
                assertEquals(HardMediumSoftLongScore.ZERO, first.scoreChange(), name + " item " + item.id());
                assertEquals(start.get().session(), first.session(), name + " item " + item.id());
                assertEquals(start.get().start(), planning.clock().timeOf(first.start()), name + " item " + item.id());
            }
            var others = places.stream().filter(place -> !place.current()).toList();
            assertEquals(places.size() - (start.isPresent() ? 1 : 0), others.size(), name + ": one current place");
            if (!others.isEmpty()) {
                itemsWithAnotherPlace++;
            }
            for (int i = 0; i < others.size(); i++) {
                var place = others.get(i);
                assertTrue(item.allowedBodies().contains(place.body()), name + " item " + item.id() + ": " + place);
                if (i > 0) {
                    assertTrue(others.get(i - 1).scoreChange().compareTo(place.scoreChange()) >= 0,
                            name + " item " + item.id() + " not best first: " + others);
                }
            }
            assertEquals(before, AgendaSolver.analysis().update(solution), name + ": the programme is left as it was");
            assertEquals(listsBefore, solution.getBodyPlans().stream().map(body -> List.copyOf(body.getItems())).toList());
        }
        // The adoption of the report may have nowhere else to go, but not every item is so bound.
        assertTrue(itemsWithAnotherPlace > 0, name + ": no item finds another place");
    }

    /**
     * A planner's draft that puts item 3 of the conference (a plenary item) in a session of the Committee of the
     * Whole: read as a starting point, it stays in that body's list without a session outside its range, and the
     * places recommended are the plenary's, each better than where it stands.
     */
    @Test
    void anItemDraftedIntoABodyThatMayNotTakeItIsRecommendedPlacesInItsOwn() throws Exception {
        var file = Datasets.directory().resolve("cop-5day-4bodies.json");
        var solved = solvedBriefly(MeetingReader.read(file), "cop.json");
        var starts = solved.programme().items().stream()
                .map(start -> start.item().equals("3") ? new ItemStart("3", "cow-tue-am", LocalTime.of(10, 0)) : start)
                .toList();
        var draft = solved.withProgramme(new Programme(null, starts, null, null));
        var planning = ProblemFactory.build(draft, "draft.json", ProblemFactory.ProgrammeUse.AS_STARTING_POINT);

        var places = Recommendation.forItem(planning.solution(), "3", 3);

        var current = places.get(0);
        assertTrue(current.current(), places.toString());
        assertEquals("cow", current.body());
        var others = places.subList(1, places.size());
        assertFalse(others.isEmpty(), places.toString());
        for (var place : others) {
            assertEquals("plenary", place.body(), places.toString());
        }
        assertTrue(others.get(0).scoreChange().hardScore() > 0, "out of the wrong body: " + places);
    }

    private static MeetingFile solvedBriefly(MeetingFile meeting, String name) throws Exception {
        var planning = ProblemFactory.build(meeting, name, ProblemFactory.ProgrammeUse.IGNORE);
        var settings = AgendaSolver.Settings.defaults().withMoveLimit(3_000L);
        var solved = new AgendaSolver(settings).solve(planning.solution(), score -> { });
        return ProgrammeWriter.solvedFile(meeting, solved, planning.clock());
    }

    private static List<Item> sample(List<Item> items) {
        if (items.size() <= ITEMS_PER_MEETING) {
            return items;
        }
        var sample = new ArrayList<Item>();
        for (int i = 0; i < ITEMS_PER_MEETING; i++) {
            sample.add(items.get(i * (items.size() - 1) / (ITEMS_PER_MEETING - 1)));
        }
        return sample;
    }
}
