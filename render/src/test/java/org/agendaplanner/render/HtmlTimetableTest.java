package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The timetable grid of the HTML page: long titles wrap in full, empty sessions are drawn, interpretation is marked
 * and explained, and the score shows only when given.
 */
class HtmlTimetableTest {

    @Test
    void theLongestShippedTitleIsInItsGridCellInFullAndNothingClipsIt() throws Exception {
        var longest = Meetings.longestShippedTitle();
        var page = Jsoup.parse(HtmlPage.render(Meetings.threeBodies(1, longest), null));

        assertEquals(List.of("Plenary", "Committee of the Whole", "Working Group on Technical Assistance"),
                page.select(".grid .body-name").eachText(), "a three-body day");
        var cell = page.select(".grid .segment").stream().filter(segment -> segment.text().contains(longest)).toList();
        assertEquals(1, cell.size(), "the whole title (" + longest.length() + " characters) in one 20-minute block");
        assertTrue(cell.get(0).attr("style").contains("/ 3 /"), "in the Committee's column");

        var css = page.selectFirst("style").data();
        for (var clipping : List.of("overflow: hidden", "overflow:hidden", "text-overflow", "line-clamp", "ellipsis")) {
            assertFalse(css.contains(clipping), "the style sheet clips text: " + clipping);
        }
        var segmentRules = Pattern.compile("\\.(segment|block|one-line)[^{]*\\{([^}]*)}").matcher(css);
        while (segmentRules.find()) {
            var rule = segmentRules.group(2);
            assertFalse(rule.matches("(?s).*(^|[\\s;])(max-)?height\\s*:.*"), "a fixed height: " + segmentRules.group());
            assertFalse(rule.contains("nowrap"), "a title that cannot wrap: " + segmentRules.group());
        }
        var rows = page.selectFirst(".grid").attr("style");
        assertTrue(rows.contains("minmax(var(--row-height), auto)"), "rows grow to hold their text: " + rows);
    }

    @Test
    void drawsAnEmptySessionAndSaysNothingIsScheduled() throws Exception {
        var page = page(Meetings.threeBodies(2, "Short"));

        var empty = page.select(".grid .session.empty");
        assertEquals(1, empty.size());
        assertEquals("cow-2025-05-06-pm", empty.first().attr("data-session"));
        assertTrue(empty.first().text().contains("Nothing scheduled"), empty.first().text());
        assertTrue(page.select("table.annex").text().contains("Committee of the Whole"));
        assertEquals(1, page.select(".legend [data-mark=empty]").size(), "the legend explains it");
    }

    @Test
    void marksInterpretedAndInformalSessionsAndExplainsTheMarks() throws Exception {
        var page = page(Meetings.threeBodies(2, "Short"));

        var sessions = page.select(".grid .session");
        assertEquals(12, sessions.size(), "two days, three bodies, two sessions each");
        var informal = page.select(".grid .session.informal");
        assertEquals(1, informal.size());
        assertEquals("wg-2025-05-06-pm", informal.first().attr("data-session"));
        assertEquals("○", informal.first().selectFirst(".mark").text());
        assertEquals("Informal", informal.first().selectFirst(".informal-label").text(), "labelled informal");
        assertEquals(11, page.select(".grid .session.interpreted .mark:contains(●)").size());
        assertEquals(List.of("● Session with interpretation", "○ Informal session, without interpretation",
                "Nothing scheduled"), page.select(".legend li").eachText());
    }

    @Test
    void marksASessionInterpretedIntoSomeLanguagesWithThem() throws Exception {
        var seed = Meetings.threeBodies(1, "Short");
        var day = seed.days().get(0);
        var slots = new java.util.ArrayList<>(day.slots());
        var first = slots.get(0);
        slots.set(0, new Annex.Slot(first.id(), first.bodyId(), first.body(), first.start(), first.end(), first.time(),
                first.entries(), false, new Annex.Interpreting(false, List.of("en", "fr"))));
        var page = page(new Annex(seed.language(), seed.title(), List.of(new Annex.Day(day.date(), day.heading(), slots))));

        var partly = page.selectFirst(".grid .session.partly-interpreted");
        assertEquals("◐", partly.selectFirst(".mark").text());
        assertTrue(partly.attr("title").contains("Interpretation into en, fr"), partly.attr("title"));
        assertEquals(1, page.select(".legend [data-mark=partly-interpreted]").size());
    }

    @Test
    void theAnnexTableGivesTheBodyAColumnOfItsOwn() throws Exception {
        var page = page(Meetings.threeBodies(1, "Short"));

        assertEquals(List.of("Date and time", "Body", "Agenda item", "Title or description"),
                page.select("table.annex thead th").eachText());
        var firstRow = page.selectFirst("table.annex tbody tr:not(.day-heading)");
        assertEquals("10 a.m.–1 p.m.", firstRow.selectFirst("td.time").text());
        assertEquals("Plenary", firstRow.selectFirst("td.body").text());
    }

    @Test
    void showsTheScoreOnlyWhenGiven() throws Exception {
        var seed = Meetings.seed(AnnexLanguage.EN);

        assertTrue(Jsoup.parse(HtmlPage.render(seed, null)).select(".score").isEmpty());
        assertEquals("Score 0hard/0medium/-45soft",
                Jsoup.parse(HtmlPage.render(seed, "0hard/0medium/-45soft")).selectFirst(".score").text());
    }

    private static Document page(Annex annex) {
        return Jsoup.parse(HtmlPage.render(annex, null));
    }
}
