package org.agendaplanner.solver.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFiles;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.TogetherLink;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * The search's hand-counted score must equal the constraint streams' on any programme, however bad. The shipped
 * meetings are enriched at random with what they lack (free items, time windows, preferences, unsplittable items,
 * order and together links, drafted starts, weights, an earlier alternative), so every rule has something to count.
 */
class AgendaScoreCalculatorTest {

    private static final SolutionManager<AgendaSolution, HardMediumSoftScore> SEARCH_SCORE = SolutionManager.create(
            SolverFactory.create(AgendaSolver.solverConfig(AgendaSolver.Settings.defaults())));
    private static final SolutionManager<AgendaSolution, HardMediumSoftScore> RULES = AgendaSolver.analysis();

    static Stream<Arguments> datasetsAndSeeds() {
        return datasetsWithSeeds(40);
    }

    static Stream<Arguments> datasetsAndFewSeeds() {
        return datasetsWithSeeds(2);
    }

    private static Stream<Arguments> datasetsWithSeeds(int seeds) {
        return Datasets.all().stream().flatMap(dataset -> LongStream.range(0, seeds)
                .mapToObj(seed -> Arguments.of(dataset.getFileName().toString(), seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("datasetsAndSeeds")
    void agreesWithTheConstraintStreamsOnRandomProgrammes(String dataset, long seed) throws Exception {
        var random = new Random(seed);
        var solution = enriched(dataset, random, true);
        randomProgramme(solution, random);

        var expected = RULES.update(solution);
        var actual = SEARCH_SCORE.update(solution);

        assertEquals(expected, actual, () -> RULES.explain(solution).getSummary());
    }

    /** Full assertion compares the two after every move the search makes, so this checks the incremental part. */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("datasetsAndFewSeeds")
    void agreesMoveByMoveWhileSolvingEnrichedMeetings(String dataset, long seed) throws Exception {
        var random = new Random(seed);
        var solution = enriched(dataset, random, false);
        randomProgramme(solution, random);
        var settings = new AgendaSolver.Settings(seed, Duration.ofSeconds(3), 150, EnvironmentMode.TRACKED_FULL_ASSERT);

        var solved = new AgendaSolver(settings).solve(solution, score -> { });

        assertNotNull(solved.getScore());
    }

    /** Agreement on programmes that break nothing would prove little: the random ones break hard and soft rules. */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("datasetsAndFewSeeds")
    void theRandomProgrammesBreakRulesOfEveryLevel(String dataset, long seed) throws Exception {
        var random = new Random(seed);
        var solution = enriched(dataset, random, true);
        randomProgramme(solution, random);

        var score = RULES.update(solution);

        assertNotEquals(0, score.hardScore());
        assertNotEquals(0, score.softScore());
    }

    private static AgendaSolution enriched(String dataset, Random random, boolean withDrafts) throws Exception {
        Path file = Datasets.directory().resolve(dataset);
        var solution = ProblemFactory.build(MeetingFiles.read(file), file.toString(),
                ProblemFactory.ProgrammeUse.IGNORE).solution();
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
        }
        var links = new ArrayList<TogetherLink>(solution.getTogetherLinks());
        for (int link = 0; link < 3; link++) {
            links.add(new TogetherLink(anyItem(items, random).id(), anyItem(items, random).id()));
        }
        solution.setTogetherLinks(links);
        for (int link = 0; link < 3; link++) {
            solution.getOrderLinks().add(new OrderLink(anyItem(items, random).id(), anyItem(items, random).id()));
        }
        var weights = new HashMap<String, HardMediumSoftScore>();
        for (var rule : List.of(Rule.values()[random.nextInt(Rule.values().length)], Rule.IDLE_TIME, Rule.ORDER)) {
            weights.put(rule.constraintName(), rule.weightOf(1 + random.nextInt(5)));
        }
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        return solution;
    }

    private static Item anyItem(List<Item> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * Most items in a body that may take them, some in one that may not, some left out; random order (agenda order in
     * a third of the programmes), random "not before" sessions; and an earlier alternative that repeats all but one item's session or repeats them all.
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
            // Lists in agenda order, as most programmes the search visits are: the case the hand count takes short.
            plans.forEach(plan -> plan.getItems().sort(Comparator.comparingInt(Item::agendaIndex)));
        }
        RULES.update(solution);
        Map<String, String> starts = new HashMap<>();
        for (var item : solution.getItems()) {
            if (item.isScheduled() && !item.segments().isEmpty()) {
                starts.put(item.id(), item.segments().get(0).session().id());
            }
        }
        solution.setEarlierAlternatives(new ArrayList<>(List.of(new EarlierAlternative(1, starts, solution.getItems()
                .size()))));
    }
}
