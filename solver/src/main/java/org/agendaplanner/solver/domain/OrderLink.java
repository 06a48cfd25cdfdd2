package org.agendaplanner.solver.domain;

/**
 * The item {@code afterId} may start only once {@code beforeId} has ended: agenda order, or an explicit link.
 * Held by id, not by reference, because the solver works on clones of the items.
 */
public record OrderLink(String beforeId, String afterId) {
}
