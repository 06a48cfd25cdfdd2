package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agendaplanner.model.MinutesText;
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

    /**
     * One sentence per item the programme leaves out, in agenda order: those in no body's list, and those in one
     * that found no place on its timeline (the written programme lists both as unscheduled).
     */
    public static List<String> ofUnscheduled(AgendaSolution solved) {
        var sentences = new ArrayList<String>();
        for (var item : solved.getItems()) {
            if (item.isUnscheduled() || item.segments().isEmpty()) {
                sentences.add(of(solved, item));
            }
        }
        return sentences;
    }

    /** Why one item finds no place in the programme as it stands. */
    public static String ofItem(AgendaSolution solved, String itemId) {
        return of(solved, solved.getItems().stream().filter(item -> item.id().equals(itemId)).findFirst()
                .orElseThrow());
    }

    static String of(AgendaSolution solved, Item item) {
        var outsideItsWindow = outsideItsWindow(solved, item);
        if (outsideItsWindow != null) {
            return outsideItsWindow;
        }
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
        var sentence = new StringBuilder("Item " + item.number() + " needs " + MinutesText.of(item.duration()));
        sentence.append(needsInterpretation ? " with interpretation into " + languages(item.languages()) : "");
        sentence.append("; ").append(MinutesText.of(freeMinutes)).append(" of ")
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

    /**
     * A {@code notBefore} after every session of the item's bodies, or a {@code notAfter} before every one, leaves
     * it no place whatever the rest of the programme does: that is the whole reason, and the one to give.
     */
    private static String outsideItsWindow(AgendaSolution solved, Item item) {
        var windows = solved.getBodyPlans().stream()
                .filter(body -> item.allowedBodies().contains(body.id()))
                .flatMap(body -> body.timeline().windows().stream())
                .toList();
        var bodies = String.join(" or ", item.allowedBodies().stream().sorted().toList());
        if (item.notBefore() != null && windows.stream().noneMatch(window -> window.end() > item.notBefore())) {
            return "Item " + item.number() + " may not start before its notBefore, which falls after the last session "
                    + "of " + bodies + ".";
        }
        if (item.notAfter() != null && windows.stream().noneMatch(window -> window.start() < item.notAfter())) {
            return "Item " + item.number() + " must end by its notAfter, which falls before the first session of "
                    + bodies + ".";
        }
        return null;
    }

    private static String languages(Set<String> languages) {
        return languages.size() == 6 ? "the six languages" : String.join(", ", languages.stream().sorted().toList());
    }
}
