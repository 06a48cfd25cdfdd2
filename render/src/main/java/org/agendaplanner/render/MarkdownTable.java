package org.agendaplanner.render;

/**
 * The annex as a GitHub-flavoured Markdown pipe table: the title as a heading, then one row per line of the
 * published table, day headings in bold. Arabic is wrapped in a {@code <div dir="rtl">}, which GitHub keeps.
 */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String render(Annex annex) {
        var language = annex.language();
        var out = new StringBuilder();
        if (language.rightToLeft()) {
            // Markdown inside an HTML block is only parsed when a blank line follows the opening tag.
            out.append("<div dir=\"rtl\">\n\n");
        }
        out.append("## ").append(escape(annex.title())).append("\n\n");
        row(out, escape(language.dateAndTimeHeading()), escape(language.agendaItemHeading()), escape(language.titleHeading()));
        out.append("|---|---|---|\n");
        for (var day : annex.days()) {
            row(out, "**" + escape(day.heading()) + "**", "", "");
            for (var slot : day.slots()) {
                var time = escape(slot.body() == null ? slot.time() : slot.time() + " · " + slot.body());
                if (slot.entries().isEmpty()) {
                    row(out, time, "", "");
                }
                for (int i = 0; i < slot.entries().size(); i++) {
                    var entry = slot.entries().get(i);
                    row(out, i == 0 ? time : "", escape(entry.number()), escape(entry.printedTitle(language)));
                }
            }
        }
        if (language.rightToLeft()) {
            out.append("\n</div>\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String time, String number, String title) {
        out.append("| ").append(time).append(" | ").append(number).append(" | ").append(title).append(" |\n");
    }

    /**
     * Backslash-escapes the characters that would end a cell ({@code |}) or start Markdown or HTML markup, so a
     * title prints as written; line breaks would end the row, so they become spaces.
     */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char character : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\|*_`[<~&".indexOf(character) >= 0) {
                escaped.append('\\');
            }
            escaped.append(character);
        }
        return escaped.toString();
    }
}
