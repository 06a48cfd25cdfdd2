package org.agendaplanner.cli;

/** What {@code agenda} returns to the shell; documented in the README. */
public final class ExitCodes {

    /** Done; for solve, a programme that breaks no hard rule and places every item. */
    public static final int OK = 0;
    /** A fault of the tool itself; the message says how to report it. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: an unknown option, a missing file argument. */
    public static final int USAGE = 2;
    /** The input file cannot be read or planned as it stands; every problem is listed. */
    public static final int INVALID_INPUT = 3;
    /** A programme came out, but it breaks a hard rule or leaves items unscheduled. */
    public static final int INFEASIBLE = 4;
    /** An output could not be written. */
    public static final int OUTPUT_ERROR = 5;
    /**
     * Interrupted (128 + SIGINT): what was found so far is written. The JVM itself ends with 130 on Ctrl-C and 143
     * on SIGTERM.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
