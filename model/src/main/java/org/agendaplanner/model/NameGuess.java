package org.agendaplanner.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A guess at the id or field name meant by one that names nothing: the known names fewest edits away, if few
 * enough edits make it a likely typo ({@code tue-pn} for {@code tue-pm}, {@code ruels} for {@code rules}) rather
 * than another name altogether ({@code 9} for {@code 1}). The one edit-distance helper of Agenda Planner: no library
 * on the class path offers one.
 */
final class NameGuess {

    /** More would be a list, not a guess. */
    private static final int MOST_GUESSES = 3;

    private NameGuess() {
    }

    /** {@code Did you mean "tue-pm"? } (with its trailing space), or nothing when no id is close. */
    static String didYouMean(String typed, List<String> known) {
        var closest = closest(typed, known);
        return closest.isEmpty() ? "" : "Did you mean " + closest.stream().map(Problem::quoted)
                .collect(Collectors.joining(" or ")) + "? ";
    }

    /**
     * The known ids fewest edits away, ignoring case, in their order; at most three. An id counts as close when a
     * third of the typed characters or fewer need an edit (one for a short id) and not all of them do.
     */
    static List<String> closest(String typed, List<String> known) {
        var lower = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, typed.length() / 3);
        var distances = new LinkedHashMap<String, Integer>();
        for (var candidate : known) {
            int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < Math.max(typed.length(), candidate.length())) {
                distances.put(candidate, distance);
            }
        }
        int fewest = distances.values().stream().min(Integer::compare).orElse(0);
        return distances.entrySet().stream()
                .filter(entry -> entry.getValue() == fewest)
                .map(Map.Entry::getKey)
                .limit(MOST_GUESSES)
                .toList();
    }

    /**
     * Edits from one name to the other: insertions, deletions, substitutions and swaps of two neighbours, one each
     * (optimal string alignment), as a swap is the commonest typo of all.
     */
    static int editDistance(String a, String b) {
        var beforePrevious = new int[b.length() + 1];
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int best = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
            }
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
