package org.agendaplanner.model;

/**
 * Who sits: the plenary, a committee of the whole, a working group. {@code exclusive} bodies
 * (for example the plenary during the opening) take no parallel sessions of other bodies.
 */
public record Body(String id, LocalizedText name, Boolean exclusive) {

    public boolean isExclusive() {
        return Boolean.TRUE.equals(exclusive);
    }
}
