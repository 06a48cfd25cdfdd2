package org.agendaplanner.model;

/**
 * One thing wrong with an input file: where (the field path, and line and column where the parser knows them),
 * what, and how to fix it.
 */
public record Problem(String path, String message, String fix, Integer line, Integer column) {

    public static Problem at(String path, String message, String fix) {
        return new Problem(path, message, fix, null, null);
    }

    /** {@code file:line:column: path: message (fix)}, leaving out what is unknown. */
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
        return text.toString();
    }
}
