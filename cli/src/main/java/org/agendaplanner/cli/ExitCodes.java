package org.agendaplanner.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code agenda} returns to the shell, in one place: {@code --help} lists {@link #meanings()}, and the README's
 * table is checked against it.
 */
public final class ExitCodes {

    /** Done; for solve, a programme that breaks no hard rule and places every item. */
    public static final int OK = 0;
    /** A fault of the tool itself; the message says how to report it. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: an unknown option, a missing file argument, an output that is the input. */
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
    /** What the JVM returns on SIGTERM (128 + 15), for the same interruption. */
    public static final int TERMINATED = 143;

    private ExitCodes() {
    }

    /** Each code with what it means, in the words of {@code --help} and the README. */
    public static Map<String, String> meanings() {
        var meanings = new LinkedHashMap<String, String>();
        meanings.put(String.valueOf(OK), "done; for solve, a programme that breaks no hard rule and places every item");
        meanings.put(String.valueOf(INTERNAL_ERROR), "internal error (run with --verbose and report it)");
        meanings.put(String.valueOf(USAGE),
                "usage error: unknown option, missing argument, an output that would overwrite the input");
        meanings.put(String.valueOf(INVALID_INPUT), "invalid input file: every problem is listed on standard error");
        meanings.put(String.valueOf(INFEASIBLE),
                "the programme breaks a hard rule or leaves items unscheduled (it is still written)");
        meanings.put(String.valueOf(OUTPUT_ERROR), "an output could not be written");
        meanings.put(INTERRUPTED + ", " + TERMINATED, "solve interrupted by Ctrl-C (SIGINT) or SIGTERM: the programme "
                + "found so far is written, beside OUT when OUT exists; interrupted before any programme exists "
                + "(while reading the file, say), it writes nothing and says so. A signal in the half second or so "
                + "before the JVM has started the command ends it without a word, writing nothing");
        return meanings;
    }
}
