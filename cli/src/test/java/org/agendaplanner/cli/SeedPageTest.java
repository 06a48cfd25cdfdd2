package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.render.AnnexLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's HTML page, read back with a real HTML parser: the grid, the annex table, direction, self-containment. */
class SeedPageTest {

    @ParameterizedTest
    @EnumSource(AnnexLanguage.class)
    void everySegmentOfTheProgrammeIsABlockOfTheGridAndContinuedOnesAreMarked(AnnexLanguage language) throws Exception {
        var page = page(language);
        var programme = MeetingReader.read(SolvedSeed.file()).programme();

        var blocks = page.select(".timetable .segment");
        assertEquals(programme.segments().size(), blocks.size());
        for (var segment : programme.segments()) {
            var found = page.select(".timetable .segment[data-item=" + segment.item() + "][data-start="
                    + segment.start() + "][data-end=" + segment.end() + "]");
            assertEquals(1, found.size(), "segment " + segment);
            var block = found.first();
            assertEquals(segment.continued(), block.hasClass("continued"), "class of " + segment);
            assertEquals(segment.continued(), block.select(".marker").text().contains(language.continuedMarker()),
                    "marker of " + segment);
            assertTrue(block.attr("style").contains("grid-area"), "placed in the grid: " + segment);
        }
    }

    @ParameterizedTest
    @EnumSource(AnnexLanguage.class)
    void theAnnexTableHasADayHeadingPerDayAndARowPerSegment(AnnexLanguage language) throws Exception {
        var page = page(language);

        var headings = page.select("table.annex thead th").eachText();
        assertEquals(List.of(language.dateAndTimeHeading(), language.agendaItemHeading(), language.titleHeading()), headings);
        assertEquals(2, page.select("table.annex tr.day-heading").size());
        assertEquals(8, page.select("table.annex tbody tr:not(.day-heading)").size());
        assertEquals(2, page.select("table.annex tr.continued").size());
        assertEquals(2, page.select(".timetable section.day").size());
    }

    @Test
    void arabicIsRightToLeftAndTheOthersLeftToRight() throws Exception {
        for (var language : AnnexLanguage.values()) {
            var html = page(language).selectFirst("html");
            assertEquals(language.code(), html.attr("lang"));
            assertEquals(language == AnnexLanguage.AR ? "rtl" : "ltr", html.attr("dir"), language.code());
        }
    }

    @Test
    void titlesMissingInTheLanguageAreMarkedWithTheirOwn() throws Exception {
        var french = page(AnnexLanguage.FR);

        var fallbacks = french.select("table.annex .fallback[lang=en]");
        assertEquals(8, fallbacks.size(), "the seed has no French titles");
        assertTrue(fallbacks.first().text().startsWith("[en] "), fallbacks.first().text());
        assertTrue(page(AnnexLanguage.ZH).select(".fallback").isEmpty(), "the seed has every Chinese title");
    }

    @Test
    void showsTheTitleAndLoadsNothing() throws Exception {
        var page = page(AnnexLanguage.EN);

        assertEquals("Working Group on Firearms, seventh meeting", page.selectFirst("h1").text());
        assertTrue(page.select(".score").isEmpty(), "the score is left off a page meant for publishing");
        assertTrue(page.select("script").isEmpty(), "no scripts at all");
        assertTrue(page.select("link, img, iframe, object, embed, [src]").isEmpty(), "no external resources");
        assertTrue(page.selectFirst("style").data().contains("size: A4"), "prints on A4");
        assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'"));
    }

    @Test
    void showsTheScoreWhenAsked() {
        for (var command : List.of("render", "solve")) {
            var run = command.equals("render")
                    ? CommandRun.of("render", SolvedSeed.file().toString(), "--format", "html", "--show-score")
                    : CommandRun.of("solve", org.agendaplanner.Datasets.seed().toString(), "-o",
                            SolvedSeed.file().resolveSibling("shown-score.json").toString(), "--quiet", "--format",
                            "html", "--show-score");

            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertTrue(Jsoup.parse(run.out()).selectFirst(".score").text().contains("0hard/0medium/-45soft"), command);
        }
    }

    private static Document page(AnnexLanguage language) {
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", language.code(), "--format", "html");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return Jsoup.parse(run.out());
    }
}
