package org.agendaplanner.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The annex as a plain-text table for the terminal: three columns, titles wrapped, widths measured in terminal
 * cells so that Chinese (two cells a character) lines up too.
 */
public final class TextTable {

    private static final int TITLE_WIDTH = 64;
    private static final String GAP = "  ";

    private TextTable() {
    }

    public static String render(Annex annex) {
        var language = annex.language();
        var rows = new ArrayList<String[]>();
        for (var day : annex.days()) {
            rows.add(new String[] {day.heading(), "", ""});
            for (var slot : day.slots()) {
                var time = slot.body() == null ? slot.time() : slot.time() + " · " + slot.body();
                if (slot.entries().isEmpty()) {
                    rows.add(new String[] {time, "", ""});
                }
                for (int i = 0; i < slot.entries().size(); i++) {
                    var entry = slot.entries().get(i);
                    rows.add(new String[] {i == 0 ? time : "", entry.number(), entry.printedTitle(language)});
                }
            }
        }
        int timeWidth = cells(language.dateAndTimeHeading());
        int numberWidth = cells(language.agendaItemHeading());
        for (var row : rows) {
            timeWidth = Math.max(timeWidth, cells(row[0]));
            numberWidth = Math.max(numberWidth, cells(row[1]));
        }
        var out = new StringBuilder();
        out.append(annex.title()).append("\n\n");
        line(out, timeWidth, numberWidth, language.dateAndTimeHeading(), language.agendaItemHeading(), language.titleHeading());
        line(out, timeWidth, numberWidth, "-".repeat(timeWidth), "-".repeat(numberWidth), "-".repeat(TITLE_WIDTH));
        for (var row : rows) {
            var wrapped = wrap(row[2], TITLE_WIDTH);
            line(out, timeWidth, numberWidth, row[0], row[1], wrapped.get(0));
            for (int i = 1; i < wrapped.size(); i++) {
                line(out, timeWidth, numberWidth, "", "", wrapped.get(i));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, int timeWidth, int numberWidth, String time, String number,
            String title) {
        var text = pad(time, timeWidth) + GAP + pad(number, numberWidth) + GAP + title;
        out.append(text.stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - cells(text)));
    }

    /** Splits at spaces where there are any, else (as in Chinese) between any two characters. */
    static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        int used = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int length = Character.charCount(codePoint);
            if (codePoint == ' ') {
                int nextSpace = text.indexOf(' ', index + 1);
                var word = text.substring(index + 1, nextSpace < 0 ? text.length() : nextSpace);
                if (used > 0 && used + 1 + cells(word) > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                    used = 0;
                    index += length;
                    continue;
                }
            } else if (used + cellsOf(codePoint) > width) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.appendCodePoint(codePoint);
            used += cellsOf(codePoint);
            index += length;
        }
        lines.add(current.toString());
        return lines;
    }

    static int cells(String text) {
        return text.codePoints().map(TextTable::cellsOf).sum();
    }

    /** East Asian wide and full-width characters take two terminal cells. */
    private static int cellsOf(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
