package org.agendaplanner.render;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The annex as JSON for other tools, shape described in the README ("Output formats"). Fields are written in a
 * fixed order, and every field is always present (null when empty), so the output is stable to diff and parse.
 */
public final class JsonAnnex {

    /** The shape's name and version; changes that could break a reader bump it. */
    static final String FORMAT = "agenda-planner-annex/1";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two-space indents and "key": value, as the meeting files are written. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private JsonAnnex() {
    }

    public static String render(Annex annex, String score) {
        var language = annex.language();
        var root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("language", language.code());
        root.put("direction", language.rightToLeft() ? "rtl" : "ltr");
        root.put("title", annex.title());
        root.put("score", score);
        root.putArray("columns").add(language.dateAndTimeHeading()).add(language.agendaItemHeading()).add(language.titleHeading());
        var days = root.putArray("days");
        for (var day : annex.days()) {
            var dayNode = days.addObject();
            dayNode.put("date", day.date().toString());
            dayNode.put("heading", day.heading());
            var slots = dayNode.putArray("slots");
            for (var slot : day.slots()) {
                var slotNode = slots.addObject();
                slotNode.put("id", slot.id());
                slotNode.put("kind", slot.block() ? "block" : "session");
                slotNode.put("body", slot.bodyId());
                slotNode.put("bodyName", slot.body());
                putTimes(slotNode, slot.start(), slot.end());
                slotNode.put("time", slot.time());
                var entries = slotNode.putArray("entries");
                for (var entry : slot.entries()) {
                    var entryNode = entries.addObject();
                    entryNode.put("item", entry.itemId());
                    entryNode.put("number", entry.number().isEmpty() ? null : entry.number());
                    entryNode.put("title", entry.title());
                    entryNode.put("titleLanguage", entry.language());
                    entryNode.put("fallback", entry.isFallback(language));
                    entryNode.put("continued", entry.continued());
                    if (annex.revision()) {
                        // Only in a revision, so that the annex of a programme never revised reads as it always has.
                        entryNode.put("revised", entry.revised());
                    }
                    if (entry.shortenedTo() != null) {
                        // Only for an item planned shorter than its estimate: other entries read as they always have.
                        entryNode.put("shortenedTo", entry.shortenedTo().toString());
                    }
                    putTimes(entryNode, entry.start(), entry.end());
                    entryNode.put("printed", entry.printedTitle(language));
                }
            }
        }
        try {
            return JSON.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings is always writable as JSON", e);
        }
    }

    /** Local times of the venue as "HH:mm"; an end of "00:00" is midnight at the end of the day. */
    private static void putTimes(ObjectNode node, LocalTime start, LocalTime end) {
        node.put("start", start.format(CLOCK));
        node.put("end", end.format(CLOCK));
    }
}
