package org.agendaplanner.model;

/**
 * How messages name an item: as a planner does, by its agenda number ("item 8"), with its id where the two differ
 * ("item 8 (id 8b)"), so that two items that share a number, or an id a planner never sees, can still be found. An
 * id that is the number without spaces and brackets ("1a" for "1 (a)") is the same name, and left out.
 */
public final class ItemNames {

    private ItemNames() {
    }

    /** "Item 8", or "Item 8 (id 8b)": to open a sentence. */
    public static String of(ItemDef item) {
        return "Item " + named(item.number(), item.id());
    }

    /** "8", or "8 (id 8b)": after "item" inside a sentence. */
    public static String named(String number, String id) {
        if (number == null || number.isBlank()) {
            return id;
        }
        if (id == null || id.equals(number) || id.equals(number.replaceAll("[\\s()\\[\\]]", ""))) {
            return number;
        }
        return number + " (id " + id + ")";
    }
}
