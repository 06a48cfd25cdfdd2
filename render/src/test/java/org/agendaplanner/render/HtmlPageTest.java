package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The HTML page for what the seed does not have: several bodies, blocks, and text that looks like markup. */
class HtmlPageTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 17);

    @Test
    void givesEachBodyAColumnAndShowsBlocksWithTheirLabel() {
        var page = Jsoup.parse(HtmlPage.render(twoBodies("Plenary session"), "0hard/0medium/0soft"));

        assertEquals(List.of("Plenary", "Committee of the Whole"), page.select(".grid .body-name").eachText());
        var block = page.selectFirst(".grid .block");
        assertTrue(block.text().contains("Registration"), block.text());
        assertTrue(block.attr("style").contains("grid-area: 2 / 2 / 14"), "9:00–10:00 in the first column: "
                + block.attr("style"));
        var committee = page.selectFirst(".grid .segment[data-item=7]");
        assertTrue(committee.attr("style").contains("/ 3 /"), "the second body's column: " + committee.attr("style"));
    }

    @Test
    void escapesEveryText() {
        var page = HtmlPage.render(twoBodies("<script>alert(1)</script> & \"quotes\""), "0hard/0medium/0soft");

        assertTrue(Jsoup.parse(page).select("script").isEmpty(), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    }

    private static Annex twoBodies(String title) {
        var language = AnnexLanguage.EN;
        var registration = new Annex.Slot("registration", "plenary", "Plenary", LocalTime.of(9, 0), LocalTime.of(10, 0),
                "9–10 a.m.", List.of(new Annex.Entry(null, "", "Registration", false, "en", LocalTime.of(9, 0),
                        LocalTime.of(10, 0))), true);
        var plenary = new Annex.Slot("pl-am", "plenary", "Plenary", LocalTime.of(10, 0), LocalTime.of(13, 0),
                "10 a.m.–1 p.m.", List.of(new Annex.Entry("1", "1", title, false, "en", LocalTime.of(10, 0),
                        LocalTime.of(11, 0))), false);
        var committee = new Annex.Slot("cw-am", "cw", "Committee of the Whole", LocalTime.of(10, 0), LocalTime.of(13, 0),
                "10 a.m.–1 p.m.", List.of(new Annex.Entry("7", "7", "Technical assistance", true, "en",
                        LocalTime.of(10, 0), LocalTime.of(12, 0))), false);
        var day = new Annex.Day(DAY, language.dayHeading(DAY), List.of(registration, plenary, committee));
        return new Annex(language, title, List.of(day));
    }
}
