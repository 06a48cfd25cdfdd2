package org.agendaplanner.solver.exact;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.rules.Rule;

/**
 * What {@link ExactPlanner} does with each rule, and which meetings it refuses, as data rather than a run of guard
 * clauses: every rule is charged by the dynamic program, cannot arise in the meetings it takes, or makes it refuse a
 * meeting that uses the rule. {@code RuleCompletenessTest} fails while a rule has no entry here.
 */
public final class ExactCoverage {

    /** How the exact program treats a rule. */
    public enum Treatment {
        /** Counted in the cost of a placement ({@code own}) or of following a state ({@code joint}). */
        CHARGED,
        /** The meetings the exact program takes cannot break it; {@code refusedWhen} keeps out those that could. */
        CANNOT_ARISE,
        /** Not modelled: a meeting that uses the rule is refused. */
        REFUSED
    }

    /** A condition the exact program relies on: the reason a planner reads when a meeting breaks it, or empty. */
    @FunctionalInterface
    public interface Check {
        Optional<String> reasonIn(AgendaSolution problem);
    }

    /**
     * @param treatment how the rule is treated
     * @param why a line for the reader of this table: where it is charged, why it cannot arise, why it is refused
     * @param refusedWhen the checks that refuse a meeting for this rule's sake; at least one when refused
     */
    public record Status(Treatment treatment, String why, List<Check> refusedWhen) {

        public Status {
            refusedWhen = List.copyOf(refusedWhen);
        }
    }

    /** What the dynamic program assumes of every meeting, whatever its rules; checked first, in this order. */
    private static final List<Check> SHAPE = List.of(
            problem -> problem.getBodyPlans().size() == 1 ? Optional.empty()
                    : Optional.of("the meeting has " + problem.getBodyPlans().size() + " bodies; the exact planner "
                            + "takes a meeting of one body"),
            problem -> {
                var body = problem.getBodyPlans().get(0);
                return body.timeline().windows().isEmpty()
                        ? Optional.of("body " + body.id() + " has no time for agenda business") : Optional.empty();
            },
            ExactCoverage::sessionsOverlap,
            problem -> problem.getItems().stream().filter(item -> item.duration() <= 0).findFirst()
                    .map(item -> "item " + item.number() + " takes no time"));

    private static final Map<Rule, Status> BY_RULE = new EnumMap<>(Rule.class);

    static {
        charged(Rule.WITHIN_SESSIONS, "own: the minutes the placement leaves without room");
        charged(Rule.LAST_SESSION, "own");
        charged(Rule.FIXED_START, "own");
        charged(Rule.TIME_WINDOW, "own");
        charged(Rule.INTERPRETATION_AVAILABLE, "own: per segment");
        charged(Rule.NOT_SPLITTABLE, "own");
        charged(Rule.SHORT_SEGMENT, "own: per segment");
        charged(Rule.OVERNIGHT_CONTINUATION, "own");
        charged(Rule.PREFERENCES, "own");
        declare(Rule.STABILITY, new Status(Treatment.CHARGED, "own; a re-plan's pinned items are not modelled, so a "
                + "re-plan is refused", List.of(problem -> problem.getBodyPlans().stream()
                        .anyMatch(body -> body.pinnedCount() > 0)
                        ? Optional.of("a re-plan keeps what happened before its moment, which the exact planner does "
                                + "not model")
                        : Optional.empty())));
        charged(Rule.IDLE_TIME, "joint: from the end of the item before, within a window");
        charged(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS, "joint: the unused minutes pending in the state");
        charged(Rule.INTERPRETATION_BUDGET, "joint: the interpreted sessions in use, in the state");
        cannotArise(Rule.NO_OVERLAP, "each item is laid after the one before; a planner's draft is not taken into "
                + "account");
        cannotArise(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION, "one body: no other body runs beside its sessions");
        cannotArise(Rule.UNSCHEDULED, "every item is placed; minutes that find no room count as Within the sessions. "
                + "Priorities weigh only items left out, so they cannot change an optimum that places everything, "
                + "the only one solve takes from the exact program");
        refused(Rule.SHORTENED, "the length of an item is not part of the state: each item takes its whole estimate",
                problem -> problem.getItems().stream().filter(item -> item.isShortenable()).findFirst()
                        .map(item -> "item " + item.number() + " may be shortened (minDuration), which the exact "
                                + "planner does not model"));
        cannotArise(Rule.ORDER, "items are laid in agenda order", problem -> {
            var agendaIndexById = new HashMap<String, Integer>();
            problem.getItems().forEach(item -> agendaIndexById.put(item.id(), item.agendaIndex()));
            for (var link : problem.getOrderLinks()) {
                Integer before = agendaIndexById.get(link.beforeId());
                Integer after = agendaIndexById.get(link.afterId());
                if (before == null || after == null || before >= after) {
                    return Optional.of("item " + link.afterId() + " must follow item " + link.beforeId()
                            + ", against agenda order");
                }
            }
            return Optional.empty();
        });
        cannotArise(Rule.INTERPRETATION_TEAMS, "the sessions of one body do not overlap: one runs at a time",
                problem -> problem.getLimits().interpretationTeams() >= 1 ? Optional.empty()
                        : Optional.of("the meeting has no interpretation team"));
        refused(Rule.FITS_ITS_BODY, "the program places every item, where the search would leave such an item out",
                problem -> {
                    var body = problem.getBodyPlans().get(0);
                    return problem.getItems().stream().filter(item -> !item.allowedBodies().contains(body.id()))
                            .findFirst().map(item -> "item " + item.number() + " may not be taken up by body "
                                    + body.id());
                });
        refused(Rule.FREE_ITEM_OUT_OF_ORDER, "the program keeps strict agenda order",
                problem -> problem.getItems().stream().filter(item -> !item.followsAgendaOrder()).findFirst()
                        .map(item -> "item " + item.number() + " may be taken out of agenda order (order \"free\" or "
                                + "the item marked free); the exact planner keeps strict agenda order"));
        refused(Rule.TOGETHER, "a distance in the list is not part of the state",
                problem -> problem.getTogetherLinks().isEmpty() ? Optional.empty()
                        : Optional.of("items to be taken together are not modelled by the exact planner"));
        refused(Rule.DRAFTING_TIME, "the free time before the adoption is not part of the state",
                problem -> problem.getLimits().draftingMinutes() == 0 ? Optional.empty()
                        : Optional.of("drafting time before the adoption of the report is not modelled by the "
                                + "exact planner"));
        refused(Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES, "alternatives are the search's business",
                problem -> problem.getEarlierAlternatives().isEmpty() ? Optional.empty()
                        : Optional.of("alternatives must differ from earlier ones, which the exact planner does not "
                                + "model"));
    }

    private ExactCoverage() {
    }

    /** How the exact program treats the rule; {@code null} only for a rule not yet declared here. */
    public static Status of(Rule rule) {
        return BY_RULE.get(rule);
    }

    /** Why the meeting is not one the exact program solves, or empty when it is: the first condition it breaks. */
    static Optional<String> reasonNotApplicable(AgendaSolution problem) {
        for (var check : SHAPE) {
            var reason = check.reasonIn(problem);
            if (reason.isPresent()) {
                return reason;
            }
        }
        for (var status : BY_RULE.values()) {
            for (var check : status.refusedWhen()) {
                var reason = check.reasonIn(problem);
                if (reason.isPresent()) {
                    return reason;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sessionsOverlap(AgendaSolution problem) {
        var sessions = problem.getSessions().stream().sorted(Comparator.comparingInt(Session::start)).toList();
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start() < sessions.get(i - 1).end()) {
                return Optional.of("sessions " + sessions.get(i - 1).id() + " and " + sessions.get(i).id()
                        + " overlap");
            }
        }
        return Optional.empty();
    }

    private static void charged(Rule rule, String where) {
        declare(rule, new Status(Treatment.CHARGED, where, List.of()));
    }

    private static void cannotArise(Rule rule, String why, Check... refusedWhen) {
        declare(rule, new Status(Treatment.CANNOT_ARISE, why, List.of(refusedWhen)));
    }

    private static void refused(Rule rule, String why, Check refusedWhen) {
        declare(rule, new Status(Treatment.REFUSED, why, List.of(refusedWhen)));
    }

    private static void declare(Rule rule, Status status) {
        if (BY_RULE.put(rule, status) != null) {
            throw new IllegalStateException("The exact program's coverage declares " + rule + " twice.");
        }
    }
}
