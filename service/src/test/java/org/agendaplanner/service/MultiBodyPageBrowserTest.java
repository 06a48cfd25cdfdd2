package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The page with a five-day conference of four bodies: every body's column, every session, a move within a body. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class MultiBodyPageBrowserTest {

    private BrowserSession page;

    @BeforeAll
    void openThePage(@TempDir Path workspace) throws Exception {
        page = BrowserSession.open(workspace);
    }

    @AfterAll
    void closeThePage() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void theFourBodiesAreDrawnAndAnItemMovesWithinItsBody() throws Exception {
        page.upload(ServiceClient.dataset("cop-5day-4bodies.json"), "Conference of the Parties to the Convention, tenth meeting (illustrative)");
        page.solve(5);
        var timetable = page.waitFor(d -> {
            var text = page.timetableText();
            return text.contains("Committee of the Whole") ? text : null;
        });
        assertTrue(timetable.contains("Working Group on Compliance"), timetable);
        int sessions = page.inFrame(page.byId("timetable"),
                () -> page.driver.findElements(By.cssSelector(".session[data-session]")).size());
        assertEquals(18, sessions);
        boolean informal = page.inFrame(page.byId("timetable"),
                () -> !page.driver.findElements(By.cssSelector(".session.informal")).isEmpty());
        assertTrue(informal, "the uninterpreted sessions are marked informal");
        page.screenshot("page-4bodies.png");

        page.choose("move-item", "7b");
        page.choose("move-session", "cow-thu-pm");
        page.byId("move").click();
        var changes = page.waitFor(d -> {
            var text = page.byId("changes").getText();
            return text.contains("Item 7 (b) (") ? text : null;
        });
        assertTrue(changes.contains("cow-thu-pm"), changes);
        assertTrue(page.byId("draft-score").getText().matches("-?\\d+hard/-?\\d+medium/-?\\d+soft"),
                page.byId("draft-score").getText());
        // A session of another body is refused in words, and the draft stays as it was.
        page.choose("move-session", "wg1-mon-am");
        page.byId("move").click();
        page.waitFor(d -> page.byId("move-problem").getText().contains("cannot start in session wg1-mon-am"));
    }
}
