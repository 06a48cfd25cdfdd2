package org.agendaplanner.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Guesses which known name a misspelt one was meant to be, for the "Did you mean" of a message. */
final class ClosestName {

    private ClosestName() {
    }

    /** The known name closest to a misspelt one, if it is close enough to be a likely typo; otherwise null. */
    static String closest(String typed, List<String> known) {
        return known.stream()
                .map(candidate -> new Object() {
                    final String name = candidate;
                    final int distance = editDistance(typed.toLowerCase(Locale.ROOT),
                            candidate.toLowerCase(Locale.ROOT));
                })
                .filter(scored -> scored.distance <= Math.max(2, typed.length() / 3))
                .min(Comparator.comparingInt(scored -> scored.distance))
                .map(scored -> scored.name)
                .orElse(null);
    }

    private static int editDistance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
