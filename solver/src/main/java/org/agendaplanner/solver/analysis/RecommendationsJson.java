package org.agendaplanner.solver.analysis;

import java.util.List;

import org.agendaplanner.solver.plan.Planning;

/**
 * The JSON form of {@code agenda recommend}: the current place first, then the others best first (documented in the
 * README); what the command line and the service print.
 */
public record RecommendationsJson(String file, String item, List<Place> places) {

    public record Place(String body, String session, String start, String scoreChange, boolean current) {
    }

    /** The best {@code top} places for an item of the planning (built as a starting point), besides its own. */
    public static RecommendationsJson of(String file, Planning planning, String itemId, int top) {
        var places = Recommendation.forItem(planning.solution(), itemId, top).stream()
                .map(place -> new Place(place.body(), place.session(), planning.clock().timeOf(place.start()).toString(),
                        BriefScores.brief(place.scoreChange()), place.current()))
                .toList();
        return new RecommendationsJson(file, itemId, places);
    }
}
