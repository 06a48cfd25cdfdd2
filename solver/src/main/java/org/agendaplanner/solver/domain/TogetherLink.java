package org.agendaplanner.solver.domain;

/** Two items to be taken together, one right after the other. Held by id, as the solver works on clones. */
public record TogetherLink(String firstId, String secondId) {
}
