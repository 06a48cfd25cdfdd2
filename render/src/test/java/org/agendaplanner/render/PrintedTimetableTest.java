package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the HTML page of a two- or three-day meeting, when headless Chromium prints it to PDF, then its timetable
 * grid takes one A4 page. The annex table, which starts on a page of its own, is taken off first, so that the
 * pages counted are the grid's. Runs wherever Chromium is installed, as in CI ({@code .ci/run} installs it).
 */
class PrintedTimetableTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** A page object of the PDF, not the page tree ("/Type /Pages"). */
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @TempDir
    Path directory;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    }

    @Test
    void theSeedsTwoDaysPrintOnOnePage() throws Exception {
        assertEquals(1, printedGridPages(Meetings.seed(AnnexLanguage.EN), "seed"));
    }

    @Test
    void threeDaysOfThreeBodiesWithTheLongestTitlePrintOnOnePage() throws Exception {
        var annex = Meetings.threeBodies(3, Meetings.longestShippedTitle());

        assertEquals(1, printedGridPages(annex, "three-bodies"));
    }

    private int printedGridPages(Annex annex, String name) throws IOException, InterruptedException {
        var page = Jsoup.parse(HtmlPage.render(annex, null));
        page.select("table.annex").remove();
        var html = directory.resolve(name + ".html");
        Files.writeString(html, page.outerHtml());
        var pdf = directory.resolve(name + ".pdf");
        var profile = Files.createDirectory(directory.resolve(name + "-profile"));
        var chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                html.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile())
                .start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish printing in two minutes");
        assertEquals(0, chromium.exitValue(), Files.readString(directory.resolve(name + ".log")));
        // Chromium writes page objects uncompressed; ISO-8859-1 reads any byte as one character.
        var text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return (int) PAGE_OBJECT.matcher(text).results().count();
    }
}
