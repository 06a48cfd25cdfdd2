package org.agendaplanner.model;

/** How every message of Agenda Planner words a number of minutes, so one quantity always reads the same. */
public final class MinutesText {

    private MinutesText() {
    }

    /** "45 minutes" and "90 minutes" up to two hours unless whole; "1 h", "2 h", "12 h 30 min" otherwise. */
    public static String of(long minutes) {
        if (minutes < 60 || minutes % 60 != 0 && minutes < 120) {
            return minutes + " minutes";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
