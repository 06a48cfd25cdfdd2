package org.agendaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.agendaplanner.model.ItemProgress;
import org.agendaplanner.model.SessionDef;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.Replanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * Solving every shipped meeting under TRACKED_FULL_ASSERT recomputes the score from scratch after every move
 * and fails on any difference from the incremental score, so a rule or shadow variable that forgets to
 * update shows up here rather than as a quietly wrong programme.
 */
class SolveUnderFullAssertTest {

    static Stream<Path> datasets() {
        return Datasets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void solvesWithoutScoreCorruption(Path dataset) throws Exception {
        var planning = ProblemFactory.build(MeetingReader.read(dataset), dataset.toString(),
                ProblemFactory.ProgrammeUse.IGNORE);
        var settings = new AgendaSolver.Settings(0, Duration.ofSeconds(8), 300, EnvironmentMode.TRACKED_FULL_ASSERT);

        var solved = new AgendaSolver(settings).solve(planning.solution(), score -> { });

        assertNotNull(solved.getScore());
        assertEquals(0, solved.getScore().hardScore(), dataset + " breaks a hard rule: " + solved.getScore());
    }

    /**
     * A re-plan of every shipped meeting, halfway through its days, with the item then under way still needing an
     * hour and the first session after the moment cancelled: the pinned heads of the lists, the changed durations and
     * the rule Stability, under full assertion (the hand count checked against the streams after every move), and
     * nothing taken up before the moment moves.
     */
    @ParameterizedTest
    @MethodSource("datasets")
    void replansWithPinnedHeadsWithoutScoreCorruption(Path dataset) throws Exception {
        var meeting = MeetingReader.read(dataset);
        var solved = Planner.plan(meeting, dataset.toString(), Planner.Settings.defaults()
                .withUnimprovedStepLimit(300).withTimeLimit(Duration.ofSeconds(8))).best().orElseThrow().solvedFile();
        var days = solved.sessions().stream().map(SessionDef::date).distinct().sorted().toList();
        var at = days.get(days.size() / 2).atTime(12, 0);
        var underWay = solved.programme().items().stream()
                .filter(start -> solved.session(start.session()).orElseThrow().date().atTime(start.start()).isBefore(at))
                .reduce((first, second) -> second).orElseThrow();
        var cancelled = solved.sessions().stream()
                .filter(session -> session.date().atTime(session.start()).isAfter(at))
                .min(Comparator.comparing(session -> session.date().atTime(session.start()))).orElseThrow();
        var revising = Replanning.withProgress(solved, at, null,
                List.of(ItemProgress.remaining(underWay.item(), Duration.ofHours(1), null)), List.of(cancelled.id()));
        MeetingReader.validate(dataset.toString(), revising);
        var planning = ProblemFactory.build(revising, dataset.toString(), ProblemFactory.ProgrammeUse.AS_REVISION);
        var pinned = planning.solution().getItems().stream().filter(Item::isPinned)
                .collect(Collectors.toMap(Item::id, item -> item.getEarliestSession() == null ? ""
                        : item.getEarliestSession().id()));
        assertTrue(pinned.containsKey(underWay.item()), "the item under way is pinned");
        var heads = planning.solution().getBodyPlans().stream()
                .collect(Collectors.toMap(BodyPlan::id, body -> body.getItems().subList(0, body.pinnedCount())
                        .stream().map(Item::id).toList()));
        var settings = new AgendaSolver.Settings(0, Duration.ofSeconds(8), 300, EnvironmentMode.TRACKED_FULL_ASSERT);

        var replanned = new AgendaSolver(settings).solve(planning.solution(), score -> { });

        assertNotNull(replanned.getScore());
        for (var body : replanned.getBodyPlans()) {
            var head = heads.get(body.id());
            assertEquals(head, body.getItems().subList(0, head.size()).stream().map(Item::id).toList(),
                    body.id() + " keeps what happened, in order"); // the solution is a clone: compared by id
        }
        for (var item : replanned.getItems()) {
            if (pinned.containsKey(item.id())) {
                assertEquals(pinned.get(item.id()), item.getEarliestSession() == null ? ""
                        : item.getEarliestSession().id(), item.id() + " keeps its session to wait for");
            }
        }
    }
}
