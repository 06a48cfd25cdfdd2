package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Titles with characters that mean something in Markdown or CSV come out as written. */
class TableEscapingTest {

    private static final String AWKWARD_TITLE = "Reports | annexes, \"drafts\" and *notes*";

    @Test
    void markdownEscapesThePipeAndMarkup() {
        var markdown = MarkdownTable.render(annex());

        assertTrue(markdown.contains("| 10 a.m.–1 p.m. | 2 | Reports \\| annexes, \"drafts\" and \\*notes\\* |"), markdown);
    }

    @Test
    void csvQuotesOnlyWhatRfc4180RequiresAndStartsWithAByteOrderMark() {
        var csv = CsvTable.render(annex());

        assertTrue(csv.startsWith("\uFEFFDate and time,Agenda item,Title or description\r\n"), csv);
        assertTrue(csv.contains("10 a.m.–1 p.m.,2,\"Reports | annexes, \"\"drafts\"\" and *notes*\"\r\n"), csv);
        assertEquals(3, csv.split("\r\n").length, "header, day heading, one item");
    }

    private static Annex annex() {
        var day = LocalDate.of(2020, 3, 17);
        var slot = new Annex.Slot("am", "plenary", null, LocalTime.of(10, 0), LocalTime.of(13, 0), "10 a.m.–1 p.m.",
                List.of(new Annex.Entry("2", "2", AWKWARD_TITLE, false, "en", LocalTime.of(10, 0), LocalTime.of(11, 0))),
                false);
        return new Annex(AnnexLanguage.EN, "Meeting", List.of(new Annex.Day(day, "Tuesday, 17 March", List.of(slot))));
    }
}
