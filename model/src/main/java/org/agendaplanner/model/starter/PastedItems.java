package org.agendaplanner.model.starter;

import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.Problem;

/**
 * Agenda items pasted from a spreadsheet, one a line: number, tab, title (in English), tab, estimate. This is what a
 * copy of three spreadsheet columns gives; a blank line is skipped.
 */
public final class PastedItems {

    /** The field that problems of pasted items name. */
    public static final String FIELD = "items";

    private static final String FIX_LINE = "Give number, title and estimate separated by tabs, e.g. "
            + "\"2<TAB>Election of officers<TAB>15\", as a copy of three spreadsheet columns gives them.";

    private PastedItems() {
    }

    /** The items, in the order pasted; every problem goes to {@code problems} with its line, counted from 1. */
    public static List<MeetingStarter.Row> read(String text, List<Problem> problems) {
        var rows = new ArrayList<MeetingStarter.Row>();
        var lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int line = index + 1;
            if (lines[index].isBlank()) {
                continue;
            }
            var cells = lines[index].split("\t", -1);
            if (cells.length != 3) {
                problems.add(new Problem(FIELD, "The line has " + cells.length + (cells.length == 1 ? " cell" : " cells")
                        + ", not number, title and estimate.", FIX_LINE, line, null));
                continue;
            }
            var number = cells[0].strip();
            var title = cells[1].strip();
            var estimateText = cells[2].strip();
            int before = problems.size();
            if (number.isEmpty()) {
                problems.add(new Problem(FIELD, "The item has no number.", "Give the agenda number, e.g. 1 (a).",
                        line, null));
            }
            if (title.isEmpty()) {
                problems.add(new Problem(FIELD, "The item has no title.", "Give its title after the first tab.", line,
                        null));
            }
            var estimate = MeetingStarter.estimate(estimateText);
            if (estimate.isEmpty()) {
                problems.add(new Problem(FIELD, "\"" + estimateText + "\" is not a time estimate in whole minutes.",
                        MeetingStarter.ESTIMATE_FIX, line, null));
            }
            if (problems.size() == before) {
                rows.add(new MeetingStarter.Row(line, MeetingStarter.idOf(number), number, LocalizedText.of("en", title),
                        estimate.orElseThrow(), null, null, false));
            }
        }
        return rows;
    }
}
