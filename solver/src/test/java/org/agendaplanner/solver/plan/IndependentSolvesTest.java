package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Problem;
import org.junit.jupiter.api.Test;

class IndependentSolvesTest {

    @Test
    void resultsComeBackInTaskOrderWhateverTheThreads() throws Exception {
        var tasks = List.of(5, 1, 4, 2, 3);
        // Later tasks finish first here; the order must still be the tasks'.
        IndependentSolves.Solve<Integer, Integer> slowFirst = task -> {
            sleep(task * 20L);
            return task * 10;
        };
        assertEquals(List.of(50, 10, 40, 20, 30), IndependentSolves.run(tasks, 3, slowFirst));
        assertEquals(List.of(50, 10, 40, 20, 30), IndependentSolves.run(tasks, 1, slowFirst));
    }

    @Test
    void solvesRunSideBySide() throws Exception {
        // Each task waits for the other: with one thread this would time out.
        var bothStarted = new CountDownLatch(2);
        var results = IndependentSolves.run(List.of("a", "b"), 2, task -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertEquals(List.of(true, true), results);
    }

    @Test
    void aRefusedInputReachesTheCaller() {
        var refused = assertThrows(InvalidInputException.class, () -> IndependentSolves.run(List.of(1, 2, 3), 2,
                task -> {
                    if (task == 2) {
                        throw new InvalidInputException("task2.json",
                                List.of(Problem.at("items[1]", "task 2 refused", "fix task 2")));
                    }
                    return task;
                }));
        assertEquals("task2.json", refused.fileName());
    }

    @Test
    void parallelismBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IndependentSolves.run(List.of(1), 0, task -> task));
    }

    @Test
    void oneStopEndsEverySolveRunningAtOnce() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
        var stop = new Planner.Stop();
        var searching = ConcurrentHashMap.<Thread> newKeySet();
        var bothSearching = new CountDownLatch(2);
        Planner.ProgressListener progress = (alternative, score, elapsed) -> {
            if (searching.add(Thread.currentThread())) {
                bothSearching.countDown();
            }
        };
        // Without the stop each would search for a minute: far longer than the test waits.
        var settings = Planner.Settings.defaults().withTimeLimit(Duration.ofSeconds(60))
                .withUnimprovedStepLimit(Integer.MAX_VALUE).withProgress(progress).withStop(stop);
        var stopper = new Thread(() -> {
            try {
                if (bothSearching.await(30, TimeUnit.SECONDS)) {
                    stop.request();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        long start = System.nanoTime();
        var plans = IndependentSolves.run(List.of(1L, 2L), 2,
                seed -> Planner.plan(meeting, "cop.json", settings.withSeed(seed)));
        stopper.join(TimeUnit.SECONDS.toMillis(5));
        assertEquals(2, plans.size());
        assertTrue(plans.stream().allMatch(Planner.Plan::stopped), "every solve stopped");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(45)) < 0,
                "the stop ended the solves well before their limit");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
