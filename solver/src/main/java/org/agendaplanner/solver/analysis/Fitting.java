package org.agendaplanner.solver.analysis;

import java.util.Comparator;
import java.util.List;

import org.agendaplanner.model.ItemNames;
import org.agendaplanner.model.MinutesText;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;

/**
 * What gave way in a programme whose business did not fit whole, in the words {@code solve} prints: the required
 * items left out (said first), and the items planned shorter than their estimate.
 */
public final class Fitting {

    private Fitting() {
    }

    /** "5 (Adoption of the report, 30 minutes)" for each required item left out, in agenda order. */
    public static List<String> requiredLeftOut(AgendaSolution solution) {
        return solution.getItems().stream()
                .filter(item -> item.priority().equals("required"))
                .filter(item -> !item.isScheduled() || item.segments().isEmpty())
                .sorted(Comparator.comparingInt(Item::agendaIndex))
                .map(item -> ItemNames.named(item.number(), item.id()) + " (" + item.title() + ", "
                        + MinutesText.of(item.duration()) + ")")
                .toList();
    }

    /** "item 3 (General debate): planned for 2 h 30 min instead of 3 h (may go down to 2 h)", in agenda order. */
    public static List<String> shortened(AgendaSolution solution) {
        return solution.getItems().stream()
                .filter(item -> item.isScheduled() && !item.segments().isEmpty() && item.minutesCut() > 0)
                .sorted(Comparator.comparingInt(Item::agendaIndex))
                .map(item -> "item " + ItemNames.named(item.number(), item.id()) + " (" + item.title()
                        + "): planned for " + MinutesText.of(item.plannedDuration()) + " instead of "
                        + MinutesText.of(item.duration()) + " (it may go down to " + MinutesText.of(item.minDuration())
                        + "), so that the business fits.")
                .toList();
    }
}
