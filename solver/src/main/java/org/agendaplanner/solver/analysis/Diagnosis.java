package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.agendaplanner.model.MinutesText;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.Window;

/**
 * Why an item was left out of a programme, naming the limit that binds: the session time still free where it may go,
 * and, of the rest of the free time, how much the interpretation teams (in use by which bodies, in which sessions),
 * the budget of interpreted sessions, sessions without its interpretation, its place in agenda order or an
 * {@code after} link, or its own window keep from it. The first limit that alone would free enough time is named the
 * binding one.
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

    /** Free session time that the item may not use, for one reason, and where it lies. */
    private static final class Kept {
        int minutes;
        final Set<String> sessions = new TreeSet<>();
        /** For the teams, the bodies whose sessions hold them, each with those sessions; else the reasons. */
        final Map<String, Set<String>> because = new TreeMap<>();

        void add(int free, Session session) {
            minutes += free;
            sessions.add(session.id());
        }
    }

    static String of(AgendaSolution solved, Item item) {
        var outsideItsWindow = outsideItsWindow(solved, item);
        if (outsideItsWindow != null) {
            return outsideItsWindow;
        }
        var segments = solved.getItems().stream()
                .filter(each -> each != item && each.isScheduled())
                .flatMap(each -> each.segments().stream())
                .toList();
        var interpretedInUse = segments.stream()
                .map(Segment::session)
                .filter(Session::isInterpreted)
                .collect(Collectors.toSet());
        var budget = solved.getLimits().maxInterpretedSessions();
        int teams = solved.getLimits().interpretationTeams();
        boolean budgetUsedUp = budget != null && interpretedInUse.size() >= budget;
        boolean needsInterpretation = !item.languages().isEmpty();

        int usable = 0;
        int longestStretch = 0;
        var byTeams = new Kept();
        var byBudget = new Kept();
        var uninterpreted = new Kept();
        var byOrder = new Kept();
        for (var body : solved.getBodyPlans()) {
            if (!item.allowedBodies().contains(body.id())) {
                continue;
            }
            var range = rangeIn(solved, item, body);
            for (var window : body.timeline().windows()) {
                var session = window.session();
                var gaps = gaps(window, segments);
                int free = gaps.stream().mapToInt(gap -> gap[1] - gap[0]).sum();
                if (free == 0) {
                    continue;
                }
                if (needsInterpretation && !session.coversLanguages(item.languages())) {
                    uninterpreted.add(free, session);
                    continue;
                }
                // An interpreted session in use needs a team and counts against the budget, whatever it takes up.
                if (session.isInterpreted() && !interpretedInUse.contains(session)) {
                    if (budgetUsedUp) {
                        byBudget.add(free, session);
                        continue;
                    }
                    var serving = interpretedInUse.stream()
                            .filter(other -> !other.bodyId().equals(body.id()) && other.start() < session.end()
                                    && session.start() < other.end())
                            .toList();
                    if (serving.size() >= teams) {
                        byTeams.add(free, session);
                        serving.forEach(other -> byTeams.because.computeIfAbsent(other.bodyId(), key -> new TreeSet<>())
                                .add(other.id()));
                        continue;
                    }
                }
                int inRange = 0;
                for (var gap : gaps) {
                    int from = Math.max(gap[0], range.from());
                    int to = Math.min(gap[1], range.to());
                    if (to > from && (range.onlyIn() == null || range.onlyIn() == session)) {
                        inRange += to - from;
                        longestStretch = Math.max(longestStretch, to - from);
                    }
                }
                usable += inRange;
                if (inRange < free) {
                    byOrder.add(free - inRange, session);
                    byOrder.because.put(range.why(), Set.of());
                }
            }
        }

        var bodies = String.join(" or ", item.allowedBodies().stream().sorted().toList());
        var sentence = new StringBuilder("Item " + item.number() + " needs " + MinutesText.of(item.duration()));
        sentence.append(needsInterpretation ? " with interpretation into " + languages(item.languages()) : "");
        sentence.append("; ").append(MinutesText.of(usable)).append(" of ")
                .append(needsInterpretation ? "suitably interpreted " : "").append("session time remain free in ")
                .append(bodies).append(byOrder.minutes > 0 ? " where it may go" : "");
        if (needsInterpretation && budgetUsedUp) {
            sentence.append(", and the budget of ").append(budget).append(" interpreted sessions is used up");
        }
        if (usable >= item.duration()) {
            if (!item.splittable() && longestStretch < item.duration()) {
                return sentence.append("; it may not be split, and the longest free stretch is ")
                        .append(MinutesText.of(longestStretch)).append('.').toString();
            }
            return sentence.append("; the free time is scattered, or placing the item would push others past a hard "
                    + "rule.").toString();
        }
        sentence.append('.');
        var limits = new ArrayList<String[]>();
        if (byTeams.minutes > 0) {
            var serving = byTeams.because.entrySet().stream()
                    .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
                    .collect(Collectors.joining(" and "));
            var words = MinutesText.of(byTeams.minutes) + " more are free in " + String.join(", ", byTeams.sessions)
                    + ", when " + teamsInUse(teams) + " in use by " + serving;
            limits.add(new String[] {"the interpretation teams", words, words, String.valueOf(byTeams.minutes)});
        }
        if (byBudget.minutes > 0) {
            var words = MinutesText.of(byBudget.minutes) + " more are free in sessions the programme does not "
                    + "interpret (" + String.join(", ", byBudget.sessions) + "), and the budget of " + budget
                    + " interpreted sessions is spent";
            limits.add(new String[] {"the interpretation budget", words, words, String.valueOf(byBudget.minutes)});
        }
        if (byOrder.minutes > 0) {
            var reason = String.join(" and ", byOrder.because.keySet());
            var where = MinutesText.of(byOrder.minutes) + " more are free in " + String.join(", ", byOrder.sessions);
            limits.add(new String[] {reason, where + ", which it rules out", where + ", which " + reason + " rules out",
                    String.valueOf(byOrder.minutes)});
        }
        if (uninterpreted.minutes > 0) {
            var words = MinutesText.of(uninterpreted.minutes) + " more are free in sessions without interpretation "
                    + "into " + languages(item.languages()) + " (" + String.join(", ", uninterpreted.sessions)
                    + "), which do not count";
            limits.add(new String[] {"interpretation", words, words, String.valueOf(uninterpreted.minutes)});
        }
        int missing = item.duration() - usable;
        // Each limit: its name, its words when binding, its words otherwise, the minutes it keeps from the item.
        var binding = limits.stream().filter(limit -> Integer.parseInt(limit[3]) >= missing).findFirst();
        if (binding.isPresent()) {
            sentence.append(" The binding limit is ").append(binding.get()[0]).append(": ").append(binding.get()[1])
                    .append('.');
            limits.remove(binding.get());
        } else {
            sentence.append(" No one limit frees enough: the business of ").append(bodies)
                    .append(" exceeds the time it has").append(limits.isEmpty() ? "" : " even with any one freed")
                    .append('.');
        }
        if (!limits.isEmpty()) {
            sentence.append(" Also: ").append(limits.stream().map(limit -> limit[2])
                    .collect(Collectors.joining("; "))).append('.');
        }
        return sentence.toString();
    }

    /**
     * Where on a body's timeline the item may lie, as the programme stands: not before the end of the items it comes
     * after (in agenda order in that body, or by an {@code after} link), its fixed start, its notBefore, or the body's
     * last session for the adoption of the report; not after its notAfter.
     */
    private record Range(int from, int to, Session onlyIn, String why) {
    }

    private static Range rangeIn(AgendaSolution solved, Item item, BodyPlan body) {
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        Session onlyIn = null;
        var why = "";
        if (item.followsAgendaOrder()) {
            var before = body.getItems().stream()
                    .filter(other -> other != item && other.isScheduled() && other.followsAgendaOrder()
                            && other.agendaIndex() < item.agendaIndex())
                    .max(Comparator.comparingInt(Item::end));
            if (before.isPresent() && before.get().end() > from) {
                from = before.get().end();
                why = "its place in agenda order, after item " + before.get().number();
            }
        }
        for (var link : solved.getOrderLinks()) {
            if (!link.afterId().equals(item.id())) {
                continue;
            }
            var before = solved.getItems().stream().filter(other -> other.id().equals(link.beforeId())
                    && other.isScheduled()).findFirst();
            if (before.isPresent() && before.get().end() > from) {
                from = before.get().end();
                why = "its after link to item " + before.get().number();
            }
        }
        if (item.notBefore() != null && item.notBefore() > from) {
            from = item.notBefore();
            why = "its notBefore";
        }
        if (item.fixedStart() != null) {
            from = item.fixedStart();
            onlyIn = item.fixedSession();
            why = "its fixed start";
        } else if (item.mustBeInLastSession() && body.timeline().lastSession() != null) {
            onlyIn = body.timeline().lastSession();
            why = "lastSession, the body's last session";
        }
        if (item.notAfter() != null) {
            to = item.notAfter();
            why = why.isEmpty() ? "its notAfter" : why + " and its notAfter";
        }
        return new Range(from, to, onlyIn, why.isEmpty() ? "the sessions it may use" : why);
    }

    /** The stretches of a window that no segment of another item fills, as {start, end} pairs. */
    private static List<int[]> gaps(Window window, List<Segment> segments) {
        var inWindow = segments.stream().filter(segment -> segment.window().equals(window))
                .sorted(Comparator.comparingInt(Segment::start)).toList();
        var gaps = new ArrayList<int[]>();
        int at = window.start();
        for (var segment : inWindow) {
            if (segment.start() > at) {
                gaps.add(new int[] {at, segment.start()});
            }
            at = Math.max(at, segment.end());
        }
        if (at < window.end()) {
            gaps.add(new int[] {at, window.end()});
        }
        return gaps;
    }

    private static String teamsInUse(int teams) {
        return teams == 1 ? "the one interpretation team is" : teams == 2 ? "both interpretation teams are"
                : "all " + teams + " interpretation teams are";
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
