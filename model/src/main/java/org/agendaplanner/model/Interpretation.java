package org.agendaplanner.model;

import java.util.List;

/**
 * The meeting services: the languages interpreted, how many interpreted sessions can run at once
 * ({@code teams}), and an optional budget of interpreted sessions for the whole meeting.
 */
public record Interpretation(List<String> languages, Integer teams, Integer maxSessions) {

    public Interpretation {
        languages = languages == null ? null : List.copyOf(languages);
    }

    public int teamCount() {
        return teams == null ? 1 : teams;
    }
}
