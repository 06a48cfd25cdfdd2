package org.agendaplanner.solver.plan;

import java.util.List;

/**
 * The JSON form of what is proven about the best programme's distance from the optimum, as {@code solve --format json}
 * prints it (described in the README): {@code score}, no programme scores better; {@code gap}, the soft points between
 * it and the programme (null when the programme breaks a hard rule or leaves items out); {@code by}, {@code exact}
 * when the exact program planned the whole meeting (the score is then the optimum) or {@code bodies} when each body was
 * planned alone ({@code bodies} then gives each one's optimum); {@code reason}, why there is no bound (the other
 * fields are then null or empty).
 */
public record BoundJson(String score, Long gap, String by, List<BodyJson> bodies, String reason) {

    /** One body planned alone: its items and its exact optimum. */
    public record BodyJson(String body, int items, String optimum) {
    }

    /** The bound of the plan's best programme; {@code null} when the solve was stopped before one was known. */
    public static BoundJson of(Planner.Plan plan) {
        var best = plan.best().orElse(null);
        if (best == null) {
            return null;
        }
        var optimum = best.provenOptimum();
        if (optimum != null) {
            Long gap = best.isFeasible() ? optimum.softScore() - best.score().softScore() : null;
            return new BoundJson(optimum.toString(), gap, "exact", List.of(), null);
        }
        var bound = plan.bound();
        if (bound == null) {
            return null;
        }
        if (!bound.applies()) {
            return new BoundJson(null, null, null, List.of(), bound.reasonNotApplicable());
        }
        var bodies = bound.bodies().stream()
                .map(body -> new BodyJson(body.body(), body.items(), body.optimum().toString())).toList();
        return new BoundJson(bound.score().toString(), bound.softGapTo(best.score()).orElse(null), "bodies", bodies,
                null);
    }
}
