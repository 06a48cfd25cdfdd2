package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.agendaplanner.solver.plan.Remedies;

/** The remedies found, in words for the summary and as the JSON that {@code --format json} carries. */
final class RemedyReport {

    private RemedyReport() {
    }

    /** The JSON form, described in the README. */
    record Json(double timeLimitSeconds, double seconds, int tried, int notFinished, List<RemedyJson> remedies) {
    }

    /** One remedy: {@code kind} is the key of {@link Remedies.Kind}. */
    record RemedyJson(String kind, String description, String cost, List<String> settings, String score) {
    }

    static Json json(Remedies.Search search) {
        return new Json(search.timeLimit().toMillis() / 1000.0, Math.round(search.time().toMillis() / 100.0) / 10.0,
                search.tried(), search.notFinished(), search.remedies().stream().map(remedy -> new RemedyJson(
                        remedy.kind().key(), remedy.description(), remedy.cost(), remedy.settings(), remedy.score()))
                        .toList());
    }

    static void print(Remedies.Search search, PrintWriter out) {
        var tried = String.format(Locale.ROOT, "%d tried in %.1f s, within the limit of %s s", search.tried(),
                search.time().toNanos() / 1e9, seconds(search));
        if (search.remedies().isEmpty()) {
            out.println("Remedies: no single relaxation tried places every item (" + tried + ").");
        } else {
            out.println("Remedies that would place every item (" + tried + "); each is a scenario that --set applies:");
        }
        int number = 1;
        for (var remedy : search.remedies()) {
            out.println("  " + number++ + ". " + remedy.description() + ".");
            out.println("     Cost: " + remedy.cost() + "; score with it " + remedy.score() + ".");
            out.println("     Apply: " + String.join(" ", remedy.settings().stream().map(setting -> "--set " + setting)
                    .toList()));
        }
        if (search.notFinished() > 0) {
            out.println("  " + search.notFinished() + " more not finished within the limit (--remedies-time-limit "
                    + "gives them more time).");
        }
    }

    private static String seconds(Remedies.Search search) {
        long millis = search.timeLimit().toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1e3);
    }
}
