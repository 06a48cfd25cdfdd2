package org.agendaplanner.solver.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.agendaplanner.model.Body;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Rules;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

class ExactPlannerTest {

    /** Scores exactly as {@link ScoreReport#of} does, but built once: brute force scores thousands of programmes. */
    private static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> SCORING = AgendaSolver.analysis();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "random meeting {0}")
    @MethodSource("seeds")
    void findsTheSameOptimumAsBruteForce(long seed) throws Exception {
        var meeting = OneBodyMeetings.small(seed);

        var plan = ExactPlanner.solve(build(meeting)).orElseThrow();

        assertEquals(bruteForceOptimum(build(meeting)), plan.score(), "the exact optimum of random meeting " + seed);
        var applied = plan.applyTo(build(meeting));
        assertEquals(plan.score(), ScoreReport.of(applied).score(), "the applied plan of random meeting " + seed);
    }

    @Test
    void solvesAHundredItemMeetingWithinSeconds() throws Exception {
        var problem = build(OneBodyMeetings.generated(20, 100, 1));

        long started = System.nanoTime();
        var plan = ExactPlanner.solve(problem).orElseThrow();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Exact optimum of 100 items over 20 days: %s in %d ms%n", plan.score(), millis);
        assertTrue(millis < 10_000, "took " + millis + " ms");
        assertEquals(plan.score(), ScoreReport.of(plan.applyTo(problem)).score());
    }

    @Test
    void refusesAMeetingWithAnItemThatMayBeShortenedAndSaysWhy() throws Exception {
        var meeting = OneBodyMeetings.small(1);
        var first = meeting.items().get(0);
        var items = new java.util.ArrayList<>(meeting.items());
        items.set(0, new org.agendaplanner.model.ItemDef(first.id(), first.number(), first.title(), first.duration(),
                first.body(), first.bodies(), first.interpretation(), first.splittable(), first.after(), first.free(),
                first.together(), first.notBefore(), first.notAfter(), first.preferred(), first.lastSession(),
                first.fixed(), first.note(), first.priority(), first.duration().dividedBy(2)));
        var shortenable = new org.agendaplanner.model.MeetingFile(meeting.schema(), meeting.format(), meeting.comment(),
                meeting.meeting(), meeting.bodies(), meeting.interpretation(), meeting.sessions(), meeting.blocks(), items,
                meeting.rules(), meeting.progress(), meeting.programme());

        var problem = build(shortenable);

        assertTrue(ExactPlanner.solve(problem).isEmpty());
        assertEquals("item 1 may be shortened (minDuration), which the exact planner does not model",
                ExactPlanner.reasonNotApplicable(problem).orElseThrow());
    }

    @Test
    void refusesAMeetingWhoseOrderIsFree() throws Exception {
        var meeting = OneBodyMeetings.small(1);
        var free = meeting.withRules(new Rules("free", null, null, null));

        var problem = build(free);

        assertTrue(ExactPlanner.solve(problem).isEmpty());
        assertTrue(ExactPlanner.reasonNotApplicable(problem).orElseThrow().contains("agenda order"));
    }

    @Test
    void refusesAMeetingThatAsksForDraftingTimeAndSaysWhy() throws Exception {
        var meeting = OneBodyMeetings.small(1);
        var rules = meeting.rules();
        var drafting = meeting.withRules(new Rules(rules.order(), rules.minSegment(), rules.grain(), rules.weights(),
                Duration.ofHours(3)));

        var problem = build(drafting);

        assertTrue(ExactPlanner.solve(problem).isEmpty());
        assertEquals("drafting time before the adoption of the report is not modelled by the exact planner",
                ExactPlanner.reasonNotApplicable(problem).orElseThrow());
    }

    @Test
    void refusesAMeetingOfTwoBodies() throws Exception {
        var meeting = OneBodyMeetings.small(1);
        var bodies = new ArrayList<>(meeting.bodies());
        bodies.add(new Body("committee", LocalizedText.of("en", "Committee of the Whole"), null));
        var twoBodies = new MeetingFile(meeting.format(), meeting.comment(), meeting.meeting(), bodies,
                meeting.interpretation(), meeting.sessions(), meeting.blocks(), meeting.items(), meeting.rules(), null);

        var problem = build(twoBodies);

        assertTrue(ExactPlanner.solve(problem).isEmpty());
        assertTrue(ExactPlanner.reasonNotApplicable(problem).orElseThrow().contains("2 bodies"));
    }

    private static AgendaSolution build(MeetingFile meeting) throws Exception {
        return ProblemFactory.build(meeting, "generated.json", ProblemFactory.ProgrammeUse.IGNORE).solution();
    }

    /**
     * Tries every session (or none) as every item's {@code earliestSession}, places the items with the solver's own
     * {@link Item#place()}, and scores each distinct programme with the solver's rules.
     */
    private static HardMediumSoftLongScore bruteForceOptimum(AgendaSolution solution) {
        var items = solution.getItems().stream().sorted(Comparator.comparingInt(Item::agendaIndex)).toList();
        var choices = new ArrayList<Session>();
        choices.add(null);
        choices.addAll(solution.getSessions());
        var programmes = new LinkedHashMap<List<Integer>, Session[]>();
        enumerate(solution, items, choices, new Session[items.size()], 0, programmes);

        var body = solution.getBodyPlans().get(0);
        body.setItems(new ArrayList<>(items));
        HardMediumSoftLongScore best = null;
        for (var chosen : programmes.values()) {
            for (int i = 0; i < items.size(); i++) {
                items.get(i).setEarliestSession(chosen[i]);
            }
            var score = SCORING.update(solution);
            best = best == null || score.compareTo(best) > 0 ? score : best;
        }
        return best;
    }

    /** Depth first, so each prefix is placed once; programmes are told apart by their items' starts. */
    private static void enumerate(AgendaSolution solution, List<Item> items, List<Session> choices, Session[] chosen,
            int index, Map<List<Integer>, Session[]> programmes) {
        if (index == items.size()) {
            programmes.putIfAbsent(items.stream().map(Item::start).toList(), chosen.clone());
            return;
        }
        var item = items.get(index);
        item.setBodyPlan(solution.getBodyPlans().get(0));
        item.setPreviousItem(index == 0 ? null : items.get(index - 1));
        for (var choice : choices) {
            item.setEarliestSession(choice);
            item.setPlacement(item.place());
            chosen[index] = choice;
            enumerate(solution, items, choices, chosen, index + 1, programmes);
        }
    }
}
