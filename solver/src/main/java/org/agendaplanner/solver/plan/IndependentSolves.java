package org.agendaplanner.solver.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.agendaplanner.model.InvalidInputException;

/**
 * Runs solves that do not depend on one another (remedies tried, scenarios of a sweep, quality runs) side by side,
 * one per core by default. Each solve is deterministic on its own and results come back in the order of the tasks,
 * so the outcome is the same whatever the number of threads; only the wall time changes.
 */
public final class IndependentSolves {

    private IndependentSolves() {
    }

    /** One solve of a task; may refuse its input as any planning call does. */
    @FunctionalInterface
    public interface Solve<T, R> {
        R apply(T task) throws InvalidInputException;
    }

    /** One solve per core: the search is single-threaded, so more threads than cores only share them. */
    public static int defaultParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Solves every task, at most {@code parallelism} at a time, and returns the results in the order of the tasks.
     * When a solve fails, the others already started finish, none is started after, and the first failure in task
     * order is thrown.
     *
     * @throws IllegalArgumentException when {@code parallelism} is below 1
     */
    public static <T, R> List<R> run(List<T> tasks, int parallelism, Solve<T, R> solve) throws InvalidInputException {
        Objects.requireNonNull(solve, "solve");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism takes 1 or more, not " + parallelism);
        }
        var results = new ArrayList<R>(tasks.size());
        if (parallelism == 1 || tasks.size() <= 1) {
            for (var task : tasks) {
                results.add(solve.apply(task));
            }
            return results;
        }
        var threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, tasks.size()), work -> {
            var thread = new Thread(work, "agenda-solve-" + threadNumber.incrementAndGet());
            thread.setDaemon(true); // a stopped command must not wait for a solve nobody reads
            return thread;
        });
        try {
            var failed = new AtomicBoolean();
            var futures = new ArrayList<Future<R>>(tasks.size());
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        return solve.apply(task);
                    } catch (InvalidInputException | RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            Throwable firstFailure = null;
            for (var future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (firstFailure == null) {
                        firstFailure = e.getCause();
                    }
                }
            }
            if (firstFailure instanceof InvalidInputException invalid) {
                throw invalid;
            } else if (firstFailure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (firstFailure instanceof Error error) {
                throw error;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for independent solves", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
