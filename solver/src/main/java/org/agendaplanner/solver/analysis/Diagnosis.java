package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;

/**
 * Why an item was left out of a programme, in terms of what it needs and what the programme leaves: the
 * session time still free where it may go, and whether the budget of interpreted sessions is used up.
 */
public final class Diagnosis {

    private Diagnosis() {
    }

    /** One sentence per unscheduled item, in agenda order. */
    public static List<String> ofUnscheduled(AgendaSolution solved) {
        var sentences = new ArrayList<String>();
        for (var item : solved.getItems()) {
            if (item.isUnscheduled()) {
                sentences.add(of(solved, item));
            }
        }
        return sentences;
    }

    static String of(AgendaSolution solved, Item item) {
        var segments = solved.getItems().stream()
                .filter(Item::isScheduled)
                .flatMap(each -> each.segments().stream())
                .toList();
        var interpretedInUse = segments.stream()
                .map(Segment::session)
                .filter(Session::isInterpreted)
                .collect(Collectors.toSet());
        var budget = solved.getLimits().maxInterpretedSessions();
        boolean budgetUsedUp = budget != null && interpretedInUse.size() >= budget;
        boolean needsInterpretation = !item.languages().isEmpty();

        int freeMinutes = 0;
        for (var body : solved.getBodyPlans()) {
            if (!item.allowedBodies().contains(body.id())) {
                continue;
            }
            for (var window : body.timeline().windows()) {
                var session = window.session();
                boolean usable = !needsInterpretation || session.coversLanguages(item.languages())
                        && (!budgetUsedUp || interpretedInUse.contains(session));
                if (usable) {
                    int busy = segments.stream().filter(segment -> segment.window().equals(window))
                            .mapToInt(Segment::minutes).sum();
                    freeMinutes += window.minutes() - busy;
                }
            }
        }
        var sentence = new StringBuilder("Item " + item.number() + " needs " + minutes(item.duration()));
        sentence.append(needsInterpretation ? " with interpretation into " + languages(item.languages()) : "");
        sentence.append("; ").append(minutes(freeMinutes)).append(" of ")
                .append(needsInterpretation ? "suitably interpreted " : "").append("session time remain free in ")
                .append(String.join(" or ", item.allowedBodies().stream().sorted().toList()));
        if (needsInterpretation && budgetUsedUp) {
            sentence.append(", and the budget of ").append(budget).append(" interpreted sessions is used up");
        }
        if (freeMinutes >= item.duration()) {
            sentence.append("; the free time is scattered, or placing the item would push others past a hard rule");
        }
        return sentence.append('.').toString();
    }

    private static String languages(Set<String> languages) {
        return languages.size() == 6 ? "the six languages" : String.join(", ", languages.stream().sorted().toList());
    }

    private static String minutes(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
