package org.agendaplanner.solver.domain;

/**
 * Figures that hold for the whole meeting: interpretation teams, the budget of interpreted sessions
 * ({@code null} for none), the shortest segment worth opening, and the session time to leave free for
 * drafting the report before its adoption (0 for none).
 */
public record MeetingLimits(int interpretationTeams, Integer maxInterpretedSessions, int minSegmentMinutes,
        int draftingMinutes) {

    public MeetingLimits(int interpretationTeams, Integer maxInterpretedSessions, int minSegmentMinutes) {
        this(interpretationTeams, maxInterpretedSessions, minSegmentMinutes, 0);
    }
}
