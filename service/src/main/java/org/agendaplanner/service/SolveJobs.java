package org.agendaplanner.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.Scenario;

/**
 * The solves under way, one per meeting and a bounded number at once, each on its own thread through
 * {@link Planner#plan}, the one solving policy: started, watched (best score as it improves) and stopped from other
 * requests, as Timefold's {@code SolverManager} would run them. A finished or stopped solve's best programme is saved
 * as the meeting's next revision.
 */
final class SolveJobs {

    /** What a solve is doing. */
    enum State {
        /** Under way. */
        SOLVING,
        /** Finished; its programme is saved. */
        DONE,
        /** Stopped by a request; the best programme found so far is saved. */
        STOPPED,
        /** Ended without a programme; {@link Status#message} says why. */
        FAILED,
        /** Under way when the server was killed; the revisions saved before are kept. */
        INTERRUPTED,
        /** Never solved since the server started. */
        IDLE
    }

    /** A solve's state as the API sends it. */
    record Status(String meeting, String state, String bestScore, Integer revision, Double seconds, String message) {
    }

    private final Workspace workspace;
    private final Semaphore places;
    private final ExecutorService threads;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    SolveJobs(Workspace workspace, int maxSolves) {
        this.workspace = workspace;
        this.places = new Semaphore(maxSolves);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "agenda-solve");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One meeting's solve. */
    final class Job {
        final String meeting;
        final Planner.Stop stop = new Planner.Stop();
        final long startNanos = System.nanoTime();
        final List<BiConsumer<String, Object>> listeners = new CopyOnWriteArrayList<>();
        volatile State state = State.SOLVING;
        volatile String bestScore;
        volatile Integer revision;
        volatile String message;
        volatile double seconds;

        Job(String meeting) {
            this.meeting = meeting;
        }

        Status status() {
            double elapsed = state == State.SOLVING ? (System.nanoTime() - startNanos) / 1e9 : seconds;
            return new Status(meeting, state.name().toLowerCase(), bestScore, revision, elapsed, message);
        }

        private void tell(String event, Object data) {
            listeners.forEach(listener -> listener.accept(event, data));
        }
    }

    /**
     * Starts solving the latest revision of a meeting.
     *
     * @throws ApiError 409 when that meeting is being solved, 429 when every place is taken
     */
    Status start(String id, Planner.Settings settings) {
        var job = new Job(id);
        var running = jobs.compute(id, (key, existing) -> existing != null && existing.state == State.SOLVING
                ? existing : job);
        if (running != job) {
            throw new ApiError(409, "Meeting " + id + " is already being solved. Watch GET /api/meetings/" + id
                    + "/solve, or stop it with DELETE /api/meetings/" + id + "/solve.");
        }
        if (!places.tryAcquire()) {
            job.state = State.FAILED;
            job.message = "too many solves at once";
            jobs.remove(id, job);
            throw new ApiError(429, "Every solving place is taken. Try again when a solve has finished, or stop one.");
        }
        try {
            var revision = workspace.latest(id).orElseThrow();
            var meeting = workspace.read(id, revision);
            workspace.markSolving(id, true);
            var watched = settings.withStop(job.stop).withProgress((alternative, score, elapsed) -> {
                job.bestScore = score.toString();
                job.tell("best", job.status());
            });
            threads.execute(() -> run(job, meeting, watched));
        } catch (Exception e) {
            places.release();
            jobs.remove(id, job);
            throw e instanceof InvalidInputException invalid ? ApiError.invalid(invalid)
                    : new ApiError(500, "The solve could not start: " + e.getMessage());
        }
        return job.status();
    }

    private void run(Job job, org.agendaplanner.model.MeetingFile meeting, Planner.Settings settings) {
        try {
            var plan = Planner.plan(meeting, job.meeting + ".json", settings);
            var best = plan.best();
            if (best.isPresent()) {
                job.revision = workspace.addRevision(job.meeting, best.get().solvedFile());
                job.bestScore = best.get().score().toString();
                job.state = plan.stopped() ? State.STOPPED : State.DONE;
            } else {
                job.state = State.STOPPED;
                job.message = "stopped before a programme was found; nothing saved";
            }
        } catch (Scenario.InvalidSettingException e) {
            job.state = State.FAILED;
            job.message = e.getMessage();
        } catch (Exception | AssertionError e) {
            job.state = State.FAILED;
            job.message = String.valueOf(e.getMessage());
        } finally {
            job.seconds = (System.nanoTime() - job.startNanos) / 1e9;
            try {
                workspace.markSolving(job.meeting, false);
            } catch (Exception e) {
                job.message = "the solve mark could not be removed: " + e.getMessage();
            }
            places.release();
            job.tell("end", job.status());
        }
    }

    /** The state of a meeting's solve: the running or last one, else whether one was cut short by a kill. */
    Status status(String id) {
        var job = jobs.get(id);
        if (job != null) {
            return job.status();
        }
        var state = workspace.wasSolving(id) ? State.INTERRUPTED : State.IDLE;
        return new Status(id, state.name().toLowerCase(), null, workspace.latest(id).orElse(null), null,
                state == State.INTERRUPTED ? "the server stopped during this solve; the revisions saved before are kept"
                        : null);
    }

    /** Stops a meeting's solve, if one is under way, and waits a little for its programme to be saved. */
    Status stop(String id, Duration wait) throws InterruptedException {
        var job = jobs.get(id);
        if (job == null || job.state != State.SOLVING) {
            return status(id);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        // Asked again and again: a stop asked the instant a search begins can be lost inside Timefold.
        while (job.state == State.SOLVING && System.nanoTime() < deadline) {
            job.stop.request();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return job.status();
    }

    /** Hears a meeting's running solve: each better score ("best") and the end ("end"); false when none runs. */
    boolean listen(String id, BiConsumer<String, Object> listener) {
        var job = jobs.get(id);
        if (job == null || job.state != State.SOLVING) {
            return false;
        }
        job.listeners.add(listener);
        // The solve may have ended between the check and the registration: then say so now.
        if (job.state != State.SOLVING) {
            listener.accept("end", job.status());
        }
        return true;
    }

    void unlisten(String id, BiConsumer<String, Object> listener) {
        var job = jobs.get(id);
        if (job != null) {
            job.listeners.remove(listener);
        }
    }

    /** Stops every solve, each saving what it has, within the time given. */
    void shutdown(Duration wait) {
        jobs.values().forEach(job -> job.stop.request());
        threads.shutdown();
        try {
            threads.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
