package org.agendaplanner.solver.analysis;

import java.util.ArrayList;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Programme;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ProgrammeWriter;

/**
 * A planner moving one item by hand to a session: the item takes the best place that session offers (as
 * {@code agenda recommend} ranks them), the rest keeps its order and what follows moves along.
 */
public final class ManualMove {

    private ManualMove() {
    }

    /** Why an item cannot go to the session asked for, in words for the planner. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * The meeting with its programme derived afresh after the move.
     *
     * @param startingPoint the programme moved from, built with {@code ProgrammeUse.AS_STARTING_POINT}
     * @throws RefusedException when the item is unknown or no place in that session can take it
     */
    public static MeetingFile to(Planning startingPoint, String itemId, String sessionId, String fileName)
            throws RefusedException, InvalidInputException {
        if (!startingPoint.itemsById().containsKey(itemId)) {
            throw new RefusedException("No item \"" + itemId + "\" in this meeting. Its items are: "
                    + String.join(", ", startingPoint.itemsById().keySet()) + ".");
        }
        var place = Recommendation.forItem(startingPoint.solution(), itemId, Integer.MAX_VALUE).stream()
                .filter(candidate -> candidate.session().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new RefusedException("Item " + itemId + " cannot start in session " + sessionId
                        + ": it is not a session of a body that may take the item, or nothing there is free. "
                        + "Pick one of the recommended places."));
        var before = ProgrammeWriter.programmeOf(startingPoint.solution(), startingPoint.clock());
        var starts = new ArrayList<ItemStart>();
        for (var start : before.items()) {
            if (!start.item().equals(itemId)) {
                starts.add(start);
            }
        }
        starts.add(new ItemStart(itemId, sessionId, startingPoint.clock().timeOf(place.start())));
        var overrides = startingPoint.meeting().programme() == null ? null
                : startingPoint.meeting().programme().overrides();
        var moved = startingPoint.meeting().withProgramme(new Programme(null, starts, null, null, overrides));
        // Read back as a starting point, so that what follows the item in its body moves along behind it.
        return DerivedProgramme.of(ProblemFactory.build(moved, fileName, ProblemFactory.ProgrammeUse.AS_STARTING_POINT));
    }
}
