package org.agendaplanner.model;

/**
 * How much the reader takes, far beyond any real meeting: a hostile or corrupt file is refused with a message
 * instead of exhausting memory or stack. A meeting file nests about six levels deep, its longest text is a
 * paragraph-long title or note, and its numbers are small counts.
 */
public final class ReadingLimits {

    /** A bigger file is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The longest text of any field (a title, a note, an id), in characters. */
    public static final int MAX_TEXT_LENGTH = 100_000;
    /** The longest field name; the format's own are short, language codes two letters. */
    public static final int MAX_FIELD_NAME_LENGTH = 1_000;
    public static final int MAX_NESTING_DEPTH = 64;
    /** Digits of a number; weights and counts are far shorter. */
    public static final int MAX_NUMBER_LENGTH = 20;
    /*
     * Items and sessions: far beyond any real meeting (a Conference of the Parties has a few hundred of each), and
     * low enough that checking and planning stay within ordinary memory; the validator refuses bigger files before
     * any other check, and the generator keeps to them.
     */
    /** Items of one meeting file. */
    public static final int MAX_ITEMS = 5_000;
    /** Sessions of one meeting file, over all bodies. */
    public static final int MAX_SESSIONS = 2_000;
    // The days a file may span are MeetingSpan.MAX_DAYS, beside the window arithmetic that uses them.

    private ReadingLimits() {
    }
}
