package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Progress;
import org.agendaplanner.model.Segment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The seed re-planned at Tuesday 18:00 with item 2 needing half an hour more: items 3, 4 and 5 start elsewhere than
 * in the programme revised, and their rows say so in every format and language; items 1 (a), 1 (b) and 2 keep their
 * starts (item 2 only gains a continuation) and are not marked. The same programme with no progress is not marked.
 */
class RevisedRowsRenderTest {

    private static final List<Segment> REVISED_SEGMENTS = List.of(
            segment("1a", "tue-am", 10, 0, 10, 15, false), segment("1b", "tue-am", 10, 15, 10, 30, false),
            segment("2", "tue-am", 10, 30, 13, 0, false), segment("2", "tue-pm", 15, 0, 18, 0, true),
            segment("2", "wed-am", 10, 0, 10, 30, true), segment("3", "wed-am", 10, 30, 13, 0, false),
            segment("3", "wed-pm", 15, 0, 17, 15, true), segment("4", "wed-pm", 17, 15, 17, 30, false),
            segment("5", "wed-pm", 17, 30, 18, 0, false));
    private static final List<ItemStart> PUBLISHED_STARTS = List.of(start("1a", "tue-am", 10, 0),
            start("1b", "tue-am", 10, 15), start("2", "tue-am", 10, 30), start("3", "wed-am", 10, 0),
            start("4", "wed-pm", 16, 45), start("5", "wed-pm", 17, 0));
    private static final Map<AnnexLanguage, String> MARKS = Map.of(AnnexLanguage.EN, " (revised)",
            AnnexLanguage.FR, " (révisé)", AnnexLanguage.ES, " (revisado)", AnnexLanguage.RU, " (пересмотрено)",
            AnnexLanguage.ZH, "（已修订）", AnnexLanguage.AR, " (معدّل)");

    @Test
    void text_marks_the_rows_of_the_items_that_start_elsewhere_and_only_those() throws Exception {
        var text = Format.TEXT.render(Annex.of(revised(), AnnexLanguage.EN), null);
        // Item 3 where it starts and where it is continued, items 4 and 5; never item 2, which only gained a session.
        assertEquals(4, text.lines().filter(line -> line.endsWith(" (revised)")).count(), text);
        assertTrue(text.contains("(continued) (revised)"), text);
        assertTrue(text.contains("Other matters (revised)"), text);
        assertTrue(text.contains("Adoption of the report (revised)"), text);
        assertFalse(text.contains("ammunition (continued) (revised)"), text);
    }

    @Test
    void every_language_marks_the_revised_rows_in_its_own_words() throws Exception {
        for (var language : AnnexLanguage.values()) {
            var annex = Annex.of(revised(), language);
            var text = Format.TEXT.render(annex, null);
            var entries = annex.days().stream().flatMap(day -> day.slots().stream())
                    .flatMap(slot -> slot.entries().stream()).toList();
            var item5 = entries.stream().filter(entry -> "5".equals(entry.itemId())).findFirst().orElseThrow();
            assertTrue(item5.printedTitle(language).endsWith(MARKS.get(language)), item5.printedTitle(language));
            assertTrue(text.contains(item5.printedTitle(language)), language + "\n" + text);
            var item2 = entries.stream().filter(entry -> "2".equals(entry.itemId())).findFirst().orElseThrow();
            assertFalse(item2.printedTitle(language).contains(MARKS.get(language).strip()), item2.printedTitle(language));
            assertEquals(MARKS.get(language), language.revisedTitle(""));
        }
    }

    @Test
    void markdown_and_csv_carry_the_mark_in_the_title() throws Exception {
        var annex = Annex.of(revised(), AnnexLanguage.EN);
        var markdown = Format.MD.render(annex, null);
        assertTrue(markdown.lines().anyMatch(line -> line.contains("Other matters (revised)")), markdown);
        assertFalse(markdown.contains("ammunition (revised)"), markdown);
        var csv = Format.CSV.render(annex, null);
        assertTrue(csv.lines().anyMatch(line -> line.endsWith(",4,Other matters (revised)")), csv);
        assertFalse(csv.contains("ammunition (revised)"), csv);
    }

    @Test
    void json_says_revised_of_each_entry_of_a_revision() throws Exception {
        var json = new ObjectMapper().readTree(Format.JSON.render(Annex.of(revised(), AnnexLanguage.EN), "0hard"));
        var revisedByItem = new java.util.TreeMap<String, List<Boolean>>();
        for (var entry : entries(json)) {
            revisedByItem.computeIfAbsent(entry.get("item").asText(), item -> new ArrayList<>())
                    .add(entry.get("revised").asBoolean());
        }
        assertEquals(Map.of("1a", List.of(false), "1b", List.of(false), "2", List.of(false, false, false),
                "3", List.of(true, true), "4", List.of(true), "5", List.of(true)), revisedByItem);
    }

    @Test
    void html_marks_the_row_and_the_title() throws Exception {
        var html = Format.HTML.render(Annex.of(revised(), AnnexLanguage.FR), null);
        assertTrue(html.contains("<tr class=\"revised\">"), html);
        assertTrue(html.contains("<tr class=\"continued revised\">"), html);
        assertTrue(html.contains("<span class=\"marker revised\"> (révisé)</span>"), html);
    }

    @Test
    void docx_marks_the_title_cell() throws Exception {
        var bytes = Format.DOCX.bytes(Annex.of(revised(), AnnexLanguage.AR), null);
        var cells = new ArrayList<String>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            document.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells()
                    .forEach(cell -> cells.add(cell.getText()))));
        }
        assertEquals(4, cells.stream().filter(cell -> cell.endsWith(" (معدّل)")).count(), cells.toString());
    }

    @Test
    void a_programme_with_no_progress_renders_as_before_in_every_format() throws Exception {
        var published = revised().withProgress(null);
        var revisionOfNothingMoved = revised().withProgress(new Progress(LocalDateTime.of(2020, 3, 17, 18, 0), null,
                null, null, 1, revised().programme().items()));
        for (var language : AnnexLanguage.values()) {
            var annex = Annex.of(published, language);
            assertFalse(annex.revision());
            for (var format : List.of(Format.TEXT, Format.MD, Format.CSV, Format.HTML)) {
                var rendered = format.render(annex, null);
                assertFalse(rendered.contains(language.revisedMarker()), format + " " + language);
                // A revision in which nothing moved prints exactly as the programme that was never revised.
                assertEquals(rendered, format.render(Annex.of(revisionOfNothingMoved, language), null),
                        format + " " + language);
            }
        }
        var json = new ObjectMapper().readTree(Format.JSON.render(Annex.of(published, AnnexLanguage.EN), null));
        assertTrue(entries(json).stream().noneMatch(entry -> entry.has("revised")), json.toString());
    }

    /** The seed as re-planned, its progress naming the programme it was revised from. */
    private static MeetingFile revised() throws Exception {
        var meeting = MeetingReader.read(Datasets.seed());
        var starts = new ArrayList<ItemStart>();
        for (var segment : REVISED_SEGMENTS) {
            if (!segment.continued()) {
                starts.add(new ItemStart(segment.item(), segment.session(), segment.start()));
            }
        }
        return meeting.withProgramme(new Programme("0hard/0medium/0soft", starts, REVISED_SEGMENTS, null))
                .withProgress(new Progress(LocalDateTime.of(2020, 3, 17, 18, 0), null, null, null, 1,
                        PUBLISHED_STARTS));
    }

    private static List<JsonNode> entries(JsonNode json) {
        var entries = new ArrayList<JsonNode>();
        json.get("days").forEach(day -> day.get("slots").forEach(slot -> slot.get("entries").forEach(entries::add)));
        return entries;
    }

    private static Segment segment(String item, String session, int fromHour, int fromMinute, int toHour, int toMinute,
            boolean continued) {
        return new Segment(item, session, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute), continued);
    }

    private static ItemStart start(String item, String session, int hour, int minute) {
        return new ItemStart(item, session, LocalTime.of(hour, minute));
    }
}
