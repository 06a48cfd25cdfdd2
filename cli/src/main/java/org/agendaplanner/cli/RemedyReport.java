package org.agendaplanner.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.agendaplanner.solver.plan.Remedies;

/** The remedies found, in words for the summary ({@code --format json} carries {@code RemediesJson}). */
final class RemedyReport {

    private RemedyReport() {
    }

    static void print(Remedies.Search search, PrintWriter out) {
        var tried = String.format(Locale.ROOT, "%d tried in %.1f s, %s the limit of %s s", search.tried(),
                search.time().toNanos() / 1e9, search.stopped() ? "interrupted within" : "within", seconds(search));
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
        if (search.notFinished() > 0 && search.stopped()) {
            out.println("  " + search.notFinished() + " more not finished: interrupted.");
        } else if (search.notFinished() > 0) {
            out.println("  " + search.notFinished() + " more not finished within the limit (--remedies-time-limit "
                    + "gives them more time).");
        }
    }

    private static String seconds(Remedies.Search search) {
        long millis = search.timeLimit().toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1e3);
    }
}
