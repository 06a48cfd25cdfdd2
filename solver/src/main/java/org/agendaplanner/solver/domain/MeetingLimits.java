package org.agendaplanner.solver.domain;

/**
 * Figures that hold for the whole meeting: interpretation teams, the budget of interpreted sessions
 * ({@code null} for none), and the shortest segment worth opening.
 */
public record MeetingLimits(int interpretationTeams, Integer maxInterpretedSessions, int minSegmentMinutes) {
}
