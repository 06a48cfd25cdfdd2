package org.agendaplanner.model;

/**
 * One thing wrong with an input file: where (the field path, and line and column where the parser knows them),
 * what, and how to fix it.
 */
public record Problem(String path, String message, String fix, Integer line, Integer column) {

    public static Problem at(String path, String message, String fix) {
        return new Problem(path, message, fix, null, null);
    }

    /** {@code file:line:column: path: message Fix: fix}, leaving out what is unknown; always one line. */
    public String describe(String fileName) {
        var text = new StringBuilder(fileName);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
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
}
