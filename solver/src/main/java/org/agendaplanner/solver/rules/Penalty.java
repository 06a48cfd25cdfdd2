package org.agendaplanner.solver.rules;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.agendaplanner.model.ItemNames;
import org.agendaplanner.model.MinutesText;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Session;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule took points, in words a planner understands: the items and the session concerned, the amount
 * (minutes, or sessions, as the rule counts), and a sentence.
 */
public record Penalty(List<String> items, String session, int amount, String description)
        implements ConstraintJustification, Comparable<Penalty> {

    public Penalty {
        items = List.copyOf(items);
    }

    static Penalty ofItem(Item item, int amount, String description) {
        return new Penalty(List.of(item.id()), firstSessionOf(item), amount, description);
    }

    /** "Item 8", or "Item 8 (id 8b)" where the id is not the number (see {@link ItemNames}). */
    static String itemName(Item item) {
        return "Item " + ItemNames.named(item.number(), item.id());
    }

    /** "item 8", or "item 8 (id 8b)", inside a sentence. */
    static String otherItemName(Item item) {
        return "item " + ItemNames.named(item.number(), item.id());
    }

    /** "Tuesday 17:30": the weekday of the session's date and the time of day of a minute on the meeting clock. */
    static String moment(Session session, int minute) {
        int minuteOfDay = minute - session.day() * 24 * 60;
        return session.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + String.format(Locale.ROOT, " %02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** The one wording of a number of minutes, shared with the validator and the diagnosis. */
    static String minutes(int minutes) {
        return MinutesText.of(minutes);
    }

    static String firstSessionOf(Item item) {
        return item.segments().isEmpty() ? null : item.segments().get(0).session().id();
    }

    /** Stable order for listings: by description. */
    @Override
    public int compareTo(Penalty other) {
        return description.compareTo(other.description);
    }
}
