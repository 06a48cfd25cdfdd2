package org.agendaplanner.solver.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.agendaplanner.Datasets;
import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Rules;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.rules.Rule;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proven bound is a bound: no programme of a meeting scores better. Checked against brute force over every
 * programme of small two-body meetings whose bodies are coupled (one interpretation team for sessions that run at the
 * same time, a budget, an exclusive session, "after" and "together" across bodies), and against the search on
 * generated meetings of several bodies.
 */
class ProvenBoundTest {

    private static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> SCORING = AgendaSolver.analysis();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Brute force scores each programme with the constraint streams from scratch: bigger meetings take too long. */
    private static final long MOST_PROGRAMMES = 1_500;

    @Test
    void everyRuleHasATreatment() {
        var missing = Arrays.stream(Rule.values()).filter(rule -> !ProvenBound.TREATMENT.containsKey(rule)).toList();

        assertTrue(missing.isEmpty(), "say in ProvenBound.TREATMENT what the bound does with " + missing);
    }

    @Test
    void ofOneBodyItIsTheExactOptimum() throws Exception {
        int compared = 0;
        for (long seed = 0; seed < 200; seed++) {
            var problem = build(OneBodyMeetings.small(seed));
            var exact = ExactPlanner.solve(problem).filter(plan -> plan.score().hardScore() == 0);
            if (exact.isEmpty()) {
                continue; // refused (an "after" against agenda order), or no programme keeps the hard rules
            }
            assertEquals(exact.get().score(), ProvenBound.of(problem).score(), "random meeting " + seed);
            compared++;
        }
        assertTrue(compared >= 40, "only " + compared + " of 200 meetings compared");
    }

    @Test
    void noProgrammeOfASmallCoupledMeetingScoresBetter() throws Exception {
        int bounded = 0;
        int strictlyAbove = 0;
        for (long seed = 0; seed < 80; seed++) {
            var meeting = twoBodies(seed, true);
            var bound = ProvenBound.of(build(meeting));
            if (!bound.applies() || programmes(build(meeting)) > MOST_PROGRAMMES) {
                continue;
            }
            var optimum = bruteForceOptimum(build(meeting));
            assertTrue(optimum.compareTo(bound.score()) <= 0,
                    "coupled meeting " + seed + ": " + optimum + " beats the bound " + bound.score());
            bounded++;
            strictlyAbove += optimum.compareTo(bound.score()) < 0 ? 1 : 0;
        }
        assertTrue(bounded >= 8, "the bound applied to only " + bounded + " of 80 meetings");
        // The coupling costs something in some of them, so the bound is not always reached: it is a relaxation.
        assertTrue(strictlyAbove > 0, "the bound was the optimum of every coupled meeting");
    }

    @Test
    void whenNothingCouplesTheBodiesItIsTheOptimum() throws Exception {
        int compared = 0;
        for (long seed = 0; seed < 50; seed++) {
            var meeting = twoBodies(seed, false);
            var bound = ProvenBound.of(build(meeting));
            if (!bound.applies() || programmes(build(meeting)) > MOST_PROGRAMMES) {
                continue;
            }
            assertEquals(bruteForceOptimum(build(meeting)), bound.score(), "uncoupled meeting " + seed);
            compared++;
        }
        assertTrue(compared >= 5, "the bound applied to only " + compared + " of 50 meetings");
    }

    @Test
    void theSearchNeverBeatsItOnGeneratedMeetingsOfSeveralBodies() throws Exception {
        for (long seed = 0; seed < 2; seed++) {
            var meeting = MeetingGenerator.generate(new MeetingGenerator.Parameters(3, 3, 30, 1, 0.1, seed, true));
            var plan = Planner.plan(meeting, "generated.json", Planner.Settings.defaults().withMoveLimit(20_000L)
                    .withTimeLimit(Duration.ofSeconds(30)));

            var bound = plan.bound();
            var score = plan.best().orElseThrow().score();
            assertTrue(bound.applies(), "generated meeting " + seed + ": " + bound.reasonNotApplicable());
            assertEquals(3, bound.bodies().size());
            assertTrue(score.compareTo(bound.score()) <= 0, "generated meeting " + seed + ": the search's " + score
                    + " beats the bound " + bound.score());
            assertEquals(bound.score().softScore() - score.softScore(), bound.softGapTo(score).orElseThrow());
        }
    }

    @Test
    void refusesAnItemThatSeveralBodiesMayTake() throws Exception {
        var tree = (ObjectNode) JSON.readTree(MeetingWriter.toJson(twoBodies(3, false)));
        var item = (ObjectNode) tree.withArray("items").get(0);
        item.remove("body");
        item.putArray("bodies").add("a").add("b");

        var bound = ProvenBound.of(build(parse(tree)));

        assertFalse(bound.applies());
        assertTrue(bound.reasonNotApplicable().endsWith("may be taken up by 2 bodies; the bound needs each item's "
                + "body given"), bound.reasonNotApplicable());
    }

    @Test
    void refusesAnItemThatMayBeShortened() throws Exception {
        var tree = (ObjectNode) JSON.readTree(MeetingWriter.toJson(twoBodies(3, false)));
        var item = (ObjectNode) tree.withArray("items").get(0);
        item.put("duration", "PT2H").put("minDuration", "PT1H");

        var bound = ProvenBound.of(build(parse(tree)));

        assertFalse(bound.applies());
        assertTrue(bound.reasonNotApplicable().endsWith("may be shortened (minDuration), which the exact planner does "
                + "not model"), bound.reasonNotApplicable());
    }

    @Test
    void refusesWhenLeavingItemsOutCostsNothing() throws Exception {
        var meeting = OneBodyMeetings.small(3);
        var free = meeting.withRules(new Rules("agenda", null, null, Map.of("unscheduled", 0)));

        var bound = ProvenBound.of(build(free));

        assertEquals("weights.unscheduled is 0, so breaking Unscheduled costs nothing and the bound's argument does "
                + "not hold", bound.reasonNotApplicable());
    }

    @Test
    void refusesABodyTooLargeForTheExactProgram() throws Exception {
        var meeting = MeetingGenerator.generate(MeetingGenerator.Parameters.of(40, 1, 401, 1));

        var bound = ProvenBound.of(meeting, "large.json");

        assertEquals("body plenary has 401 items; the bound plans bodies of up to 400 exactly",
                bound.reasonNotApplicable());
    }

    @Test
    void saysWhyTheFourBodyConferenceHasNone() throws Exception {
        var bound = ProvenBound.of(MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json")),
                "cop-5day-4bodies.json");

        assertFalse(bound.applies());
        assertEquals("body plenary: item 2 (d) may be taken out of agenda order (order \"free\" or the item marked "
                + "free); the exact planner keeps strict agenda order", bound.reasonNotApplicable());
    }

    /**
     * Two random one-body meetings side by side, as bodies a and b, with at most two items each so that brute force
     * can try every programme. Their sessions fall at the same times, so with {@code coupled} one interpretation team
     * must serve both, and, at random, a budget, an exclusive first session, an "after" and a "together" link join
     * them; without, two teams and nothing else.
     */
    private static MeetingFile twoBodies(long seed, boolean coupled) throws Exception {
        var random = new Random(seed);
        var first = (ObjectNode) JSON.readTree(MeetingWriter.toJson(OneBodyMeetings.small(seed)));
        var second = (ObjectNode) JSON.readTree(MeetingWriter.toJson(OneBodyMeetings.small(seed + 1000)));
        var meeting = first.deepCopy();
        var bodies = meeting.putArray("bodies");
        bodies.addObject().put("id", "a").putObject("name").put("en", "Body A");
        bodies.addObject().put("id", "b").putObject("name").put("en", "Body B");
        var sessions = meeting.putArray("sessions");
        var blocks = meeting.putArray("blocks");
        var items = meeting.putArray("items");
        for (var part : List.of(first, second)) {
            var body = part == first ? "a" : "b";
            for (var session : part.withArray("sessions")) {
                sessions.add(renamed((ObjectNode) session, body));
            }
            for (var block : part.withArray("blocks")) {
                blocks.add(renamed((ObjectNode) block, body));
            }
            var partItems = part.withArray("items");
            for (int k = 0; k < Math.min(2, partItems.size()); k++) {
                var item = renamed((ObjectNode) partItems.get(k), body);
                prefix(item.get("after"), body);
                prefix(item.get("preferred"), body);
                if (item.has("fixed")) {
                    var fixed = (ObjectNode) item.get("fixed");
                    fixed.put("session", body + "-" + fixed.get("session").asText());
                }
                items.add(item);
            }
        }
        var interpretation = meeting.putObject("interpretation");
        interpretation.put("teams", coupled ? 1 : 2);
        if (coupled) {
            if (random.nextBoolean()) {
                interpretation.put("maxSessions", 1 + random.nextInt(sessions.size()));
            }
            if (random.nextBoolean()) {
                ((ObjectNode) sessions.get(0)).put("exclusive", true);
            }
            var last = items.get(items.size() - 1);
            var firstOfB = findFirst(items, "b");
            if (firstOfB != null && random.nextBoolean()) {
                firstOfB.putArray("after").add(findFirst(items, "a").get("id").asText());
            }
            if (firstOfB != null && firstOfB != last && random.nextBoolean()) {
                ((ObjectNode) last).putArray("together").add(firstOfB.get("id").asText());
            }
        }
        ((ObjectNode) meeting.get("rules")).put("grain", "PT5M");
        return parse(meeting);
    }

    private static ObjectNode findFirst(ArrayNode items, String body) {
        for (var item : items) {
            if (item.get("body").asText().equals(body)) {
                return (ObjectNode) item;
            }
        }
        return null;
    }

    private static ObjectNode renamed(ObjectNode entry, String body) {
        var copy = entry.deepCopy();
        copy.put("id", body + "-" + copy.get("id").asText());
        copy.put("body", body);
        return copy;
    }

    private static void prefix(JsonNode ids, String body) {
        if (ids instanceof ArrayNode array) {
            for (int k = 0; k < array.size(); k++) {
                array.set(k, JSON.getNodeFactory().textNode(body + "-" + array.get(k).asText()));
            }
        }
    }

    private static MeetingFile parse(JsonNode tree) throws InvalidInputException {
        return MeetingReader.parse("two-bodies.json", tree.toString(), false);
    }

    private static AgendaSolution build(MeetingFile meeting) throws InvalidInputException {
        return ProblemFactory.build(meeting, "meeting.json", ProblemFactory.ProgrammeUse.IGNORE).solution();
    }

    /**
     * Every programme of the meeting, scored by the rules themselves: in each body, any of its items in any order
     * (the others left out), each waiting for no session or any session of its body.
     */
    private static HardMediumSoftLongScore bruteForceOptimum(AgendaSolution solution) {
        var perBody = new ArrayList<List<Layout>>();
        for (var body : solution.getBodyPlans()) {
            var items = solution.getItems().stream().filter(item -> item.allowedBodies().contains(body.id())).toList();
            var sessions = solution.getSessions().stream().filter(session -> session.bodyId().equals(body.id()))
                    .toList();
            var layouts = new ArrayList<Layout>();
            layouts(items, sessions, new ArrayList<>(), new ArrayList<>(), layouts);
            perBody.add(layouts);
        }
        return best(solution, perBody, 0, new Layout[perBody.size()], null);
    }

    private static long programmes(AgendaSolution solution) {
        long product = 1;
        for (var body : solution.getBodyPlans()) {
            var items = solution.getItems().stream().filter(item -> item.allowedBodies().contains(body.id())).toList();
            var sessions = solution.getSessions().stream().filter(session -> session.bodyId().equals(body.id()))
                    .toList();
            var layouts = new ArrayList<Layout>();
            layouts(items, sessions, new ArrayList<>(), new ArrayList<>(), layouts);
            product *= layouts.size();
        }
        return product;
    }

    /** The items a body takes, in order, and the session each waits for ({@code null}: none). */
    private record Layout(List<Item> items, List<Session> earliest) {
    }

    private static void layouts(List<Item> items, List<Session> sessions, List<Item> taken, List<Session> earliest,
            List<Layout> into) {
        into.add(new Layout(List.copyOf(taken), new ArrayList<>(earliest)));
        for (var item : items) {
            if (taken.contains(item)) {
                continue;
            }
            var choices = new ArrayList<Session>();
            choices.add(null);
            choices.addAll(sessions);
            for (var choice : choices) {
                taken.add(item);
                earliest.add(choice);
                layouts(items, sessions, taken, earliest, into);
                taken.remove(taken.size() - 1);
                earliest.remove(earliest.size() - 1);
            }
        }
    }

    private static HardMediumSoftLongScore best(AgendaSolution solution, List<List<Layout>> perBody, int body,
            Layout[] chosen, HardMediumSoftLongScore best) {
        if (body == perBody.size()) {
            solution.getItems().forEach(item -> item.setEarliestSession(null));
            for (int k = 0; k < chosen.length; k++) {
                var layout = chosen[k];
                solution.getBodyPlans().get(k).setItems(new ArrayList<>(layout.items()));
                for (int i = 0; i < layout.items().size(); i++) {
                    layout.items().get(i).setEarliestSession(layout.earliest().get(i));
                }
            }
            var score = SCORING.update(solution);
            return best == null || score.compareTo(best) > 0 ? score : best;
        }
        for (var layout : perBody.get(body)) {
            chosen[body] = layout;
            best = best(solution, perBody, body + 1, chosen, best);
        }
        return best;
    }
}
