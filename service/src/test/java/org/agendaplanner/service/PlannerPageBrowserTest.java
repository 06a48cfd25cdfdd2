package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A planner on the page with the seed, step by step: upload, solve, read the timetable in Chinese, move item 3,
 * save, compare, download the Arabic annex. One service and one browser for the class; the steps build on each
 * other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class PlannerPageBrowserTest {

    private static final String SEED_TITLE = "Working Group on Firearms, seventh meeting";

    private Path workspace;
    private BrowserSession page;

    @BeforeAll
    void openThePage(@TempDir Path folder) throws Exception {
        workspace = folder;
        page = BrowserSession.open(workspace);
    }

    @AfterAll
    void closeThePage() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void uploadTheSeedSolveItAndSeeItemTwoContinued() throws Exception {
        page.upload(ServiceClient.dataset("ctoc-cop-wg6-2020.json"), SEED_TITLE);
        assertTrue(page.byId("score").getText().contains("not solved"), page.byId("score").getText());
        page.solve(30);
        assertEquals("0hard/0medium/-45soft", page.byId("score").getText());
        var timetable = page.waitFor(d -> {
            var text = page.timetableText();
            return text.contains("(continued)") ? text : null;
        });
        assertTrue(timetable.contains("Tuesday, 17 March"), timetable);
        assertEquals("ltr", page.timetableRoot("dir"));
        page.screenshot("page-seed.png");
    }

    @Test
    @Order(2)
    void inChineseTheContinuedItemReadsXu() {
        page.choose("language", "zh");
        page.waitFor(d -> page.timetableText().contains("（续）"));
        assertEquals("zh", page.timetableRoot("lang"));
        assertTrue(page.timetableText().contains("3月17日，星期二"), page.timetableText());
        page.choose("language", "en");
        page.waitFor(d -> page.timetableText().contains("(continued)"));
    }

    @Test
    @Order(3)
    void movingItemThreeToTuesdayAfternoonCosts75AndContinuesOvernight() throws Exception {
        page.choose("move-item", "3");
        page.choose("move-session", "tue-pm");
        page.byId("move").click();
        page.waitFor(d -> page.byId("score-change").getText().equals("-75soft"));
        assertEquals("0hard/0medium/-120soft", page.byId("draft-score").getText());
        assertTrue(page.byId("explain").getText().contains("continues overnight"), page.byId("explain").getText());
        var changes = page.byId("changes").getText();
        assertTrue(changes.contains("Item 3 (") && changes.contains("moves from"), changes);
        assertTrue(page.byId("recommended").getText().contains("wed-am"), page.byId("recommended").getText());
        page.windowScreenshot("page-seed-moved.png");

        page.byId("undo").click();
        page.waitFor(d -> page.byId("score").getText().equals("0hard/0medium/-45soft"));
        // The same move by dragging item 3's block onto Tuesday afternoon, below item 2.
        page.waitFor(d -> page.timetableText().contains("(continued)"));
        assertTrue(page.byId("score-change").getText().isEmpty());
        page.dragInTimetable("3", "tue-pm");
        page.waitFor(d -> page.byId("score-change").getText().equals("-75soft"));
        assertTrue(page.byId("draft").isDisplayed());
        page.byId("save").click();
        page.waitFor(d -> page.byId("status").getText().startsWith("Saved as revision 3"));
        assertEquals("3", page.byId("revision").getDomProperty("value"));
    }

    @Test
    @Order(4)
    void comparingTheTwoRevisionsSaysTheSolvedOneIsBetter() {
        page.choose("compare-with", "2");
        page.byId("compare-form").findElement(By.cssSelector("button[type=submit]")).click();
        var verdict = page.waitFor(d -> d.findElements(By.id("verdict")).isEmpty() ? null : page.byId("verdict").getText());
        assertTrue(verdict.startsWith("B ") && verdict.contains("75soft better"), verdict);
        var rules = page.byId("compare-rules").getText();
        assertTrue(rules.contains("overnightContinuation -120soft 0"), rules);
        assertTrue(page.byId("compare-moved").getText().contains("Item 3: tue-pm 17:15 in A, wed-am 10:00 in B"), page.byId("compare-moved").getText());
    }

    @Test
    @Order(5)
    void theArabicHtmlAnnexDownloadsRightToLeft() throws Exception {
        page.driver.findElement(By.cssSelector("a[data-lang=ar][data-format=html]")).click();
        var annex = Files.readString(page.downloaded("m1-ar.html"), StandardCharsets.UTF_8);
        assertTrue(annex.contains("<html lang=\"ar\" dir=\"rtl\">"), annex.substring(0, 200));
    }

    @Test
    @Order(6)
    void aScenarioWithThreeInterpretedSessionsLeavesBusinessOut() {
        page.byId("set-maxSessions").sendKeys("3");
        page.byId("scenario-form").findElement(By.cssSelector("button[type=submit]")).click();
        page.waitFor(d -> page.byId("solve-state").getText().contains("saved as revision 4"));
        // Four sessions' worth of business in three interpreted sessions: an item is left out (medium).
        page.waitFor(d -> page.byId("score").getText().matches("0hard/-\\d+medium/.*"));
        assertTrue(page.byId("explain").getText().contains("Unscheduled"), page.byId("explain").getText());
    }

    @Test
    @Order(7)
    void replanningWhenItemTwoNeedsHalfAnHourMoreListsTheChanges() {
        // A scenario's settings stay in the revision it made: the budget of four is set back as a scenario too.
        var budget = page.byId("set-maxSessions");
        budget.clear();
        budget.sendKeys("4");
        page.byId("scenario-form").findElement(By.cssSelector("button[type=submit]")).click();
        page.waitFor(d -> page.byId("solve-state").getText().contains("saved as revision 5"));
        budget.clear();
        assertEquals("0hard/0medium/-45soft", page.byId("score").getText());
        page.driver.executeScript("arguments[0].value = '2020-03-17T18:00'", page.byId("replan-at"));
        page.choose("replan-item", "2");
        page.byId("replan-remaining").sendKeys("30");
        page.byId("replan-form").findElement(By.cssSelector("button[type=submit]")).click();
        var changes = page.waitFor(d -> {
            var text = page.byId("replan-changes").getText();
            return text.contains("Item 2 (") ? text : null;
        });
        assertTrue(changes.contains("now ends at 10:30 instead of 17:15"), changes);
        assertEquals("6", page.byId("revision").getDomProperty("value"));
        page.waitFor(d -> page.timetableText().contains("(revised)"));
    }

    @Test
    @Order(8)
    void everyControlHasALabelAndTheLanguagesTheirOwnTags() {
        @SuppressWarnings("unchecked")
        var unlabelled = (java.util.List<String>) page.driver.executeScript("return [...document.querySelectorAll("
                + "'input, select, textarea')].filter(c => !c.labels.length && !c.getAttribute('aria-label'))"
                + ".map(c => c.id || c.outerHTML);");
        assertEquals(java.util.List.of(), unlabelled);
        assertEquals("ar", page.driver.findElement(By.cssSelector("#language option[value=ar]")).getDomAttribute("lang"));
        page.choose("language", "ar");
        page.waitFor(d -> "rtl".equals(page.timetableRoot("dir")));
        page.choose("language", "en");
        page.waitFor(d -> "ltr".equals(page.timetableRoot("dir")));
    }

    @Test
    @Order(9)
    void aNewMeetingFromTheFormShowsItsProblemNextToTheItems() {
        page.driver.findElement(By.cssSelector("#new-meeting summary")).click();
        page.byId("new-title").sendKeys("Expert group on water, first meeting");
        page.driver.executeScript("arguments[0].value = '2027-03-15'", page.byId("new-from"));
        page.driver.executeScript("arguments[0].value = arguments[1]", page.byId("new-items"),
                "1\tOpening of the meeting\t15\n2\tWater and sanitation\tninety\n3\tAdoption of the report\t30");
        page.byId("new-form").findElement(By.cssSelector("button[type=submit]")).click();
        var problem = page.waitFor(d -> {
            var text = page.byId("new-items-problems").getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(problem.startsWith("line 2: \"ninety\" is not a time estimate"), problem);
        page.driver.executeScript("arguments[0].value = arguments[0].value.replace('ninety', '4h')", page.byId("new-items"));
        page.byId("new-form").findElement(By.cssSelector("button[type=submit]")).click();
        page.waitFor(d -> page.byId("meeting-title").getText().equals("Expert group on water, first meeting"));
        page.solve(30);
        page.waitFor(d -> page.timetableText().contains("Water and sanitation (continued)"));
    }

    @Test
    @Order(10)
    void aTitleWithAScriptTagShowsAsText() throws Exception {
        var seed = Files.readString(ServiceClient.dataset("ctoc-cop-wg6-2020.json"), StandardCharsets.UTF_8);
        var title = "<script>window.injected = 1</script> Firearms";
        var hostile = workspace.resolve("hostile.json");
        Files.writeString(hostile, seed.replace("\"" + SEED_TITLE + "\"", "\"" + title.replace("\"", "\\\"") + "\""));
        page.upload(hostile, title);
        page.solve(30);
        page.waitFor(d -> page.timetableText().contains(title));
        assertNull(page.driver.executeScript("return window.injected;"));
        assertNull(page.inFrame(page.byId("timetable"), () -> page.driver.executeScript("return window.injected;")));
    }
}
