package org.agendaplanner.solver.analysis;

import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.solver.plan.AgendaSolver;
import org.agendaplanner.solver.plan.Planning;
import org.agendaplanner.solver.plan.ProgrammeWriter;

/**
 * A file's programme as its item starts make it. The starts ({@code programme.items}) are what a planner edits and
 * what is read back; the segments, the items left out and the score are derived from them, so a file's own copies
 * may be stale after a hand edit, or missing. Whatever shows a programme derives them afresh here, as
 * {@code agenda score} does.
 */
public final class DerivedProgramme {

    private DerivedProgramme() {
    }

    /**
     * The meeting with its programme derived from the starts of a planning built as a draft
     * ({@code ProgrammeUse.AS_DRAFT}): each item exactly where the file starts it. The scenario settings the file
     * was solved under ({@code programme.overrides}) are kept.
     */
    public static MeetingFile of(Planning draft) {
        var solution = AgendaSolver.score(draft.solution());
        var derived = ProgrammeWriter.programmeOf(solution, draft.clock());
        var meeting = draft.meeting();
        var overrides = meeting.programme() == null ? null : meeting.programme().overrides();
        return meeting.withProgramme(overrides == null ? derived : derived.withOverrides(overrides));
    }
}
