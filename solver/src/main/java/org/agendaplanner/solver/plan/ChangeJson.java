package org.agendaplanner.solver.plan;

import org.agendaplanner.model.ItemStart;

/**
 * One item's change in a re-plan, as {@code replan --format json} and the service print it: from and to are null
 * where the item was not, or is no longer, placed.
 */
public record ChangeJson(String item, String number, Place from, Place to, String words) {

    public record Place(String session, String start) {

        static Place of(ItemStart start) {
            return start == null ? null : new Place(start.session(), start.start().toString());
        }
    }

    public static ChangeJson of(Replanning.Change change) {
        return new ChangeJson(change.item(), change.number(), Place.of(change.from()), Place.of(change.to()),
                change.words());
    }
}
