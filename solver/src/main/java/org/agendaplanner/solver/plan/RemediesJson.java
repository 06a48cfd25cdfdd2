package org.agendaplanner.solver.plan;

import java.util.List;

/**
 * The JSON form of a search for remedies, the same from {@code solve --format json}, {@code replan --format json} and
 * the service (described in the README): the limit and the time taken in seconds, how many relaxations were tried to
 * the end and how many the limit (or an interruption, {@code stopped}) cut short, and the remedies that place every
 * item.
 */
public record RemediesJson(double timeLimitSeconds, double seconds, int tried, int notFinished, boolean stopped,
        List<RemedyJson> remedies) {

    /** One remedy: {@code kind} is the key of {@link Remedies.Kind}. */
    public record RemedyJson(String kind, String description, String cost, List<String> settings, String score) {
    }

    public static RemediesJson of(Remedies.Search search) {
        var remedies = search.remedies().stream().map(remedy -> new RemedyJson(remedy.kind().key(),
                remedy.description(), remedy.cost(), remedy.settings(), remedy.score())).toList();
        return new RemediesJson(search.timeLimit().toMillis() / 1000.0,
                Math.round(search.time().toMillis() / 100.0) / 10.0, search.tried(), search.notFinished(),
                search.stopped(), remedies);
    }
}
