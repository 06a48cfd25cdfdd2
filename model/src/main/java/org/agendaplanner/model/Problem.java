package org.agendaplanner.model;

/**
 * One thing wrong with an input file: where (the field path, and line and column where the parser knows them),
 * what, and how to fix it. {@code path} counts entries from zero ({@code sessions[1].end}), for tools;
 * {@code place}, when known, is the same path with each entry's id ({@code sessions[1] (tue-pm).end}), for people.
 */
public record Problem(String path, String place, String message, String fix, Integer line, Integer column) {

    public Problem(String path, String message, String fix, Integer line, Integer column) {
        this(path, null, message, fix, line, column);
    }

    public static Problem at(String path, String message, String fix) {
        return new Problem(path, message, fix, null, null);
    }

    public Problem withPlace(String newPlace) {
        return new Problem(path, newPlace, message, fix, line, column);
    }

    /** {@code file:line:column: place: message Fix: fix}, leaving out what is unknown; the path when no place is. */
    public String describe(String fileName) {
        var text = new StringBuilder(fileName);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        var where = place != null && !place.isEmpty() ? place : path;
        if (where != null && !where.isEmpty()) {
            text.append(where).append(": ");
        }
        text.append(message);
        if (fix != null && !fix.isEmpty()) {
            text.append(" Fix: ").append(fix);
        }
        return visible(text.toString());
    }

    /**
     * The text with control characters and line separators written as escapes (a line break as {@code \n}, U+2028
     * as a backslash, u and 2028), so that a message quoting an id with a line break in it still takes one line and
     * shows what is there.
     */
    public static String visible(String text) {
        var shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        shown.append(String.format("\\u%04X", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    /**
     * A text from the file in double quotes, with control characters, line and paragraph separators written as
     * escapes, so that a message stays one line whatever an id holds.
     */
    public static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        var quoted = new StringBuilder("\"");
        text.codePoints().forEach(point -> {
            if (point == '"' || point == '\\') {
                quoted.append('\\').appendCodePoint(point);
            } else if (Character.isISOControl(point) || point == 0x2028 || point == 0x2029) {
                quoted.append(String.format("\\u%04X", point));
            } else {
                quoted.appendCodePoint(point);
            }
        });
        return quoted.append('"').toString();
    }
}
