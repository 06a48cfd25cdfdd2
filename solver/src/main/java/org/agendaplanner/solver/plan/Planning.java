package org.agendaplanner.solver.plan;

import java.util.Map;

import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;

/**
 * A meeting file turned into something the solver can plan, with what is needed to turn the result back:
 * the clock and the file's items by id.
 */
public record Planning(MeetingFile meeting, MeetingClock clock, AgendaSolution solution, Map<String, Item> itemsById) {
}
