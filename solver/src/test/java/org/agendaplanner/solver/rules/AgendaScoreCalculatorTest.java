package org.agendaplanner.solver.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.TogetherLink;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * The search's hand-counted score must equal the constraint streams' on any programme, however bad, rule by rule. The
 * shipped meetings and a generated one with parallel bodies are enriched at random with what they lack (free items,
 * time windows, preferences, unsplittable items, order and together links, drafted starts, weights, a tight
 * interpretation budget, an earlier alternative), so that every rule has something to count.
 */
class AgendaScoreCalculatorTest {

    private static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> SEARCH_SCORE = SolutionManager.create(
            SolverFactory.create(AgendaSolver.solverConfig(AgendaSolver.Settings.defaults())));
    private static final SolutionManager<AgendaSolution, HardMediumSoftLongScore> RULES = AgendaSolver.analysis();
    /** Three bodies with interpreted sessions side by side; the test leaves them one team between them. */
    private static final MeetingGenerator.Parameters PARALLEL_BODIES =
            new MeetingGenerator.Parameters(2, 3, 24, 3, 0.05, 11, true);

    static Stream<Arguments> datasetsAndSeeds() {
        return datasetsWithSeeds(40);
    }

    static Stream<Arguments> datasetsAndFewSeeds() {
        return datasetsWithSeeds(2);
    }

    /** The shipped meetings, and a generated one whose three bodies meet side by side with one interpretation team. */
    private static Stream<Arguments> datasetsWithSeeds(int seeds) {
        var names = Stream.concat(Datasets.all().stream().map(dataset -> dataset.getFileName().toString()),
                Stream.of(PARALLEL_BODIES.fileName()));
        return names.flatMap(name -> LongStream.range(0, seeds).mapToObj(seed -> Arguments.of(name, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("datasetsAndSeeds")
    void agreesWithTheConstraintStreamsOnRandomProgrammes(String dataset, long seed) throws Exception {
        var solution = randomCase(dataset, seed, true);

        var expected = RULES.update(solution);
        var actual = SEARCH_SCORE.update(solution);

        assertEquals(expected, actual, () -> RULES.explain(solution).getSummary());
        var byRule = ruleScores(solution);
        for (var rule : Rule.values()) {
            assertEquals(byRule.get(rule), handCounted(solution, rule), rule.constraintName());
        }
    }

    /**
     * At the limits a file may reach (5,000 items of eight hours, the heaviest weight of 1,000 on leaving one out),
     * leaving them all out costs 2.4 billion medium points: both counts must reach it exactly, not wrap around in int.
     */
    @Test
    void bothCountsAgreePastTheIntRange(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var meeting = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Datasets.seed().toFile());
        meeting.remove("programme");
        var items = meeting.putArray("items");
        for (int i = 1; i <= 5_000; i++) {
            items.addObject().put("id", "i" + i).put("number", Integer.toString(i)).put("duration", "PT8H")
                    .putObject("title").put("en", "Item " + i);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) meeting.get("rules")).putObject("weights")
                .put("unscheduled", org.agendaplanner.model.Rules.MAX_WEIGHT);
        var file = directory.resolve("limits.json");
        json.writeValue(file.toFile(), meeting);
        var solution = ProblemFactory.build(MeetingReader.read(file), "limits.json",
                ProblemFactory.ProgrammeUse.IGNORE).solution();

        var expected = HardMediumSoftLongScore.ofMedium(-5_000L * 480 * org.agendaplanner.model.Rules.MAX_WEIGHT);
        assertEquals(expected, RULES.update(solution));
        assertEquals(expected, SEARCH_SCORE.update(solution));
    }

    /** Over all the random programmes, every rule is broken somewhere: none of them goes untested. */
    @Test
    void theRandomProgrammesBreakEveryRuleSomewhere() throws Exception {
        var broken = EnumSet.noneOf(Rule.class);
        for (var arguments : datasetsAndSeeds().toList()) {
            var solution = randomCase((String) arguments.get()[0], (long) arguments.get()[1], true);
            RULES.update(solution);
            ruleScores(solution).forEach((rule, score) -> {
                if (!score.isZero()) {
                    broken.add(rule);
                }
            });
        }

        assertEquals(EnumSet.allOf(Rule.class), broken);
    }

    /** What each rule costs according to the constraint streams. */
    private static Map<Rule, HardMediumSoftLongScore> ruleScores(AgendaSolution solution) {
        var scores = new EnumMap<Rule, HardMediumSoftLongScore>(Rule.class);
        for (var rule : Rule.values()) {
            scores.put(rule, HardMediumSoftLongScore.ZERO);
        }
        RULES.analyze(solution).constraintAnalyses().forEach(constraint -> scores.put(
                Rule.forConstraintName(constraint.constraintName()).orElseThrow(), constraint.score()));
        return scores;
    }

    /** What one rule costs according to the search's hand count, on a solution whose shadows are up to date. */
    private static HardMediumSoftLongScore handCounted(AgendaSolution solution, Rule rule) {
        var calculator = new AgendaScoreCalculator();
        calculator.resetWorkingSolution(solution);
        calculator.calculateScore();
        return calculator.scoreOf(rule);
    }

    /** Full assertion compares the two after every move the search makes, so this checks the incremental part. */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("datasetsAndFewSeeds")
    void agreesMoveByMoveWhileSolvingEnrichedMeetings(String dataset, long seed) throws Exception {
        var solution = randomCase(dataset, seed, false);
        var settings = new AgendaSolver.Settings(seed, Duration.ofSeconds(3), 150, EnvironmentMode.TRACKED_FULL_ASSERT);

        var solved = new AgendaSolver(settings).solve(solution, score -> { });

        assertNotNull(solved.getScore());
    }

    /** A meeting enriched at random, with a random programme: the same for the same dataset and seed. */
    private static AgendaSolution randomCase(String dataset, long seed, boolean withDrafts) throws Exception {
        var random = new Random(seed);
        var solution = enriched(dataset, random, withDrafts);
        randomProgramme(solution, random);
        return solution;
    }

    private static AgendaSolution enriched(String dataset, Random random, boolean withDrafts) throws Exception {
        var parallel = dataset.equals(PARALLEL_BODIES.fileName());
        var meeting = parallel ? MeetingGenerator.generate(PARALLEL_BODIES)
                : MeetingReader.read(Datasets.directory().resolve(dataset));
        var interpretation = meeting.interpretation();
        // One team for the parallel bodies, and now and then a budget of two interpreted sessions: a random
        // programme overruns both.
        var teams = interpretation == null ? null : interpretation.teams();
        var budget = interpretation == null ? null : interpretation.maxSessions();
        meeting = meeting.withInterpretation(new Interpretation(
                interpretation == null ? null : interpretation.languages(),
                parallel ? Integer.valueOf(1) : teams, random.nextBoolean() ? Integer.valueOf(2) : budget));
        var solution = ProblemFactory.build(meeting, dataset, ProblemFactory.ProgrammeUse.IGNORE).solution();
        var items = solution.getItems();
        var sessions = solution.getSessions();
        for (var item : items) {
            if (random.nextInt(5) == 0) {
                item.setFollowsAgendaOrder(false);
            }
            if (random.nextInt(8) == 0) {
                var session = sessions.get(random.nextInt(sessions.size()));
                item.setWindow(session.start(), session.end() + 60);
            }
            if (random.nextInt(8) == 0) {
                item.setPreferredSessions(new HashSet<>(List.of(sessions.get(random.nextInt(sessions.size())).id(),
                        sessions.get(random.nextInt(sessions.size())).id())));
            }
            if (random.nextInt(8) == 0) {
                item.setSplittable(false);
            }
            if (withDrafts && random.nextInt(6) == 0) {
                var session = sessions.get(random.nextInt(sessions.size()));
                item.setDraftStart(session.start() + 15 * random.nextInt(8));
            }
            if (random.nextInt(3) == 0 && !item.getSessionsOfAllowedBodies().isEmpty()) {
                // As a re-plan revises a programme: some items were programmed in a session, and announced for its day.
                var allowed = item.getSessionsOfAllowedBodies();
                item.setRevised(allowed.get(random.nextInt(allowed.size())), random.nextBoolean());
            }
        }
        var links = new ArrayList<TogetherLink>(solution.getTogetherLinks());
        for (int link = 0; link < 3; link++) {
            links.add(new TogetherLink(anyItem(items, random).id(), anyItem(items, random).id()));
        }
        solution.setTogetherLinks(links);
        for (int link = 0; link < 3; link++) {
            solution.getOrderLinks().add(new OrderLink(anyItem(items, random).id(), anyItem(items, random).id()));
        }
        var weights = new HashMap<String, HardMediumSoftLongScore>();
        for (var rule : List.of(Rule.values()[random.nextInt(Rule.values().length)], Rule.IDLE_TIME, Rule.ORDER)) {
            weights.put(rule.constraintName(), rule.weightOf(1 + random.nextInt(5)));
        }
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        // Priorities and flexible durations by agenda place, so that the random draws above stay as they were.
        for (var item : items) {
            int place = item.agendaIndex();
            if (place % 4 == 1) {
                item.setPriority("low");
            } else if (place % 7 == 3) {
                item.setPriority("required");
            }
            if (place % 3 == 0 && item.duration() >= 20 && !item.isShortenable()) {
                item.setMinDuration(item.duration() / 2, 5);
                item.setCut(place % 2 == 0 ? item.mostCut() : item.getPossibleCuts().get(item.getPossibleCuts().size() / 2));
            }
        }
        ProblemFactory.weighByPriority(items);
        return solution;
    }

    private static Item anyItem(List<Item> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * Most items in a body that may take them, some in one that may not, some left out; random order (agenda order in
     * a third of the programmes), random "not before" sessions; and an earlier alternative that either repeats every
     * item's starting session or differs in one.
     */
    private static void randomProgramme(AgendaSolution solution, Random random) {
        var plans = solution.getBodyPlans();
        var items = new ArrayList<>(solution.getItems());
        Collections.shuffle(items, random);
        for (var item : items) {
            int roll = random.nextInt(20);
            if (roll == 0) {
                continue;
            }
            var allowed = plans.stream().filter(plan -> item.allowedBodies().contains(plan.id())).toList();
            var plan = roll == 1 || allowed.isEmpty() ? plans.get(random.nextInt(plans.size()))
                    : allowed.get(random.nextInt(allowed.size()));
            plan.getItems().add(item);
            var sessions = item.getSessionsOfAllowedBodies();
            if (random.nextBoolean() && !sessions.isEmpty()) {
                item.setEarliestSession(sessions.get(random.nextInt(sessions.size())));
            }
        }
        if (random.nextInt(3) == 0) {
            // Lists in agenda order, as most programmes the search visits are: the case the hand count takes short,
            // which a drafted item turns off; so half of these have no drafts.
            plans.forEach(plan -> plan.getItems().sort(Comparator.comparingInt(Item::agendaIndex)));
            if (random.nextBoolean()) {
                solution.getItems().forEach(item -> item.setDraftStart(null));
            }
        }
        RULES.update(solution);
        Map<String, String> starts = new HashMap<>();
        for (var item : solution.getItems()) {
            if (item.isScheduled() && !item.segments().isEmpty()) {
                starts.put(item.id(), item.segments().get(0).session().id());
            }
        }
        if (random.nextBoolean()) {
            // An alternative that differs in one item: not a repeat.
            var anyItem = anyItem(solution.getItems(), random).id();
            starts.put(anyItem, starts.containsKey(anyItem) ? "elsewhere" : solution.getSessions().get(0).id());
        }
        solution.setEarlierAlternatives(new ArrayList<>(List.of(new EarlierAlternative(1, starts, solution.getItems()
                .size()))));
    }
}
