package org.agendaplanner.solver.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.agendaplanner.model.ItemStart;
import org.agendaplanner.solver.plan.Planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Programmes of one meeting side by side: scores, rule by rule, what moved against the first, and which is best;
 * what {@code agenda compare} and the service's compare print.
 */
public final class Comparison {

    private Comparison() {
    }

    /** The JSON form of a comparison (documented in the README). */
    public record Result(List<Programme> files, List<Difference> differences, List<Move> moved, String best,
            String verdict) {

        public record Programme(String label, String file, String score, boolean feasible, List<String> overrides,
                Map<String, String> rules) {
        }

        public record Difference(String file, String against, String score, Map<String, String> rules) {
        }

        /** {@code fromStart} and {@code toStart} ("HH:mm") are absent where the item is unscheduled. */
        public record Move(String file, String item, String from, String to, String fromStart, String toStart) {
        }
    }

    /** One programme to compare: its label (A, B, ...), how it is named, its planning built as a draft. */
    public record Compared(String label, String file, Planning planning, ScoreReport report) {

        public static Compared of(String label, String file, Planning draft) {
            return new Compared(label, file, draft, ScoreReport.of(draft.solution()));
        }
    }

    /** The comparison of two or more programmes of one meeting, against the first. */
    public static Result of(List<Compared> compared) {
        var programmes = compared.stream()
                .map(each -> new Result.Programme(each.label(), each.file(),
                        each.report().score().toString(), ReportJson.isFeasible(each.report()),
                        overridesOf(each), rulesOf(each.report())))
                .toList();
        var reference = compared.get(0);
        var differences = new ArrayList<Result.Difference>();
        var moved = new ArrayList<Result.Move>();
        for (var other : compared.subList(1, compared.size())) {
            var byRule = new LinkedHashMap<String, String>();
            other.report().minus(reference.report())
                    .forEach((rule, score) -> byRule.put(rule.key(), BriefScores.brief(score)));
            differences.add(new Result.Difference(other.label(), reference.label(),
                    BriefScores.brief(other.report().score().subtract(reference.report().score())), byRule));
            moved.addAll(moves(reference, other));
        }
        var best = compared.stream().max(Comparator.comparing((Compared each) -> each.report().score())).orElseThrow();
        return new Result(programmes, differences, moved, best.label(), verdict(compared, best));
    }

    private static List<String> overridesOf(Compared compared) {
        var overrides = compared.planning().meeting().programme().overrides();
        return overrides == null ? List.of() : overrides;
    }

    private static Map<String, String> rulesOf(ScoreReport report) {
        var rules = new LinkedHashMap<String, String>();
        report.rules().forEach(total -> rules.put(total.rule().key(), BriefScores.brief(total.score())));
        return rules;
    }

    /**
     * Items whose start differs from the reference programme's: in another session, or at another time in the same
     * one (a shift within a session is a change a secretariat announces too); "unscheduled" where one has none.
     */
    private static List<Result.Move> moves(Compared reference, Compared other) {
        var from = starts(reference);
        var to = starts(other);
        var moves = new ArrayList<Result.Move>();
        for (var item : reference.planning().meeting().items()) {
            var before = from.get(item.id());
            var after = to.get(item.id());
            if (!Objects.equals(before, after)) {
                moves.add(new Result.Move(other.label(), item.id(),
                        before == null ? "unscheduled" : before.session(), after == null ? "unscheduled" : after.session(),
                        before == null ? null : before.start().toString(), after == null ? null : after.start().toString()));
            }
        }
        return moves;
    }

    private static Map<String, ItemStart> starts(Compared compared) {
        return compared.planning().meeting().programme().items().stream()
                .collect(Collectors.toMap(ItemStart::item, start -> start));
    }

    private static String verdict(List<Compared> compared, Compared best) {
        var others = compared.stream().filter(each -> each != best).toList();
        if (others.stream().allMatch(each -> each.report().score().equals(best.report().score()))) {
            return "All " + compared.size() + " programmes score the same: " + best.report().score() + ".";
        }
        var runnerUp = others.stream().max(Comparator.comparing((Compared each) -> each.report().score())).orElseThrow();
        var gap = best.report().score().subtract(runnerUp.report().score());
        var reasons = best.report().minus(runnerUp.report()).entrySet().stream()
                .filter(entry -> entry.getValue().compareTo(HardMediumSoftLongScore.ZERO) > 0)
                .map(entry -> entry.getKey().constraintName() + " " + BriefScores.brief(entry.getValue()))
                .collect(Collectors.joining(", "));
        return best.label() + " (" + best.file() + ") is best: " + BriefScores.brief(gap) + " better than "
                + runnerUp.label() + (reasons.isEmpty() ? "." : ", on " + reasons + ".");
    }
}
