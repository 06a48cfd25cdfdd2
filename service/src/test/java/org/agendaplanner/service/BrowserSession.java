package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver) driving the planner's page of one service, on
 * loopback, for a test class: what a planner does, in the page's own words. Without the browser the tests are
 * skipped with a message, except in CI (CI=true), where .ci/run installs it and a missing browser is a failure.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String TOKEN = "page-test-token";
    private static final Duration WAIT = Duration.ofSeconds(20);

    final AgendaService service;
    final ChromeDriver driver;
    final Path downloads;

    private BrowserSession(AgendaService service, ChromeDriver driver, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.downloads = downloads;
    }

    /** The service and the browser, the page opened with the token in its address, as agenda serve prints it. */
    static BrowserSession open(Path workspace) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            var message = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run does it)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ": missing in CI.");
            }
            Assumptions.abort(message + ": skipped here.");
        }
        var downloads = Files.createDirectories(workspace.resolve("downloads"));
        var service = AgendaService.start(new ServiceSettings("127.0.0.1", 0, workspace.resolve("meetings"), TOKEN, 2));
        try {
            var driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
            var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                            "--window-size=1280,2400", "--lang=en-GB")
                    .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                            "download.prompt_for_download", false));
            var driver = new ChromeDriver(driverService, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            driver.get("http://127.0.0.1:" + service.port() + "/#token=" + TOKEN);
            var session = new BrowserSession(service, driver, downloads);
            session.waitFor(d -> d.findElement(By.id("status")).getText().equals("Ready."));
            return session;
        } catch (Exception | Error e) {
            service.close();
            throw e;
        }
    }

    /** Waits for a state of the page; when it does not come, says what the page showed instead. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            // The timetable's frame is drawn anew on each change: an element read as it goes is read again.
            return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchFrameException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            driver.switchTo().defaultContent();
            throw new AssertionError("The page did not get there; it shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Picks the option of a select by its label's control. */
    void choose(String selectId, String value) {
        new Select(byId(selectId)).selectByValue(value);
    }

    /** Uploads a file through the page's form and waits for its meeting to open. */
    void upload(Path file, String expectedTitle) {
        byId("upload-file").sendKeys(file.toAbsolutePath().normalize().toString());
        byId("upload-form").findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(d -> byId("meeting-title").getText().equals(expectedTitle));
    }

    /** Presses Solve (bounded by the page's own time limit field) and waits for the solve to be saved. */
    void solve(int seconds) {
        var limit = byId("time-limit");
        limit.clear();
        limit.sendKeys(String.valueOf(seconds));
        byId("solve").click();
        waitFor(d -> byId("solve-state").getText().contains("saved as revision"));
        waitFor(d -> byId("solve").isEnabled());
    }

    /** The text of the timetable frame (the annex renderer's page). */
    String timetableText() {
        return inFrame(byId("timetable"), () -> driver.findElement(By.tagName("body")).getText());
    }

    /** The timetable frame's root element attribute, e.g. lang or dir. */
    String timetableRoot(String attribute) {
        return inFrame(byId("timetable"), () -> driver.findElement(By.tagName("html")).getDomAttribute(attribute));
    }

    <T> T inFrame(WebElement frame, java.util.function.Supplier<T> reading) {
        driver.switchTo().frame(frame);
        try {
            return reading.get();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /**
     * Drags an item's block of the timetable onto the free end of a session, as a mouse does: the drag events, in
     * the frame's own document (Chromium's WebDriver cannot drive HTML drag and drop with its pointer actions).
     */
    void dragInTimetable(String item, String session) {
        driver.executeScript("const doc = arguments[0].contentDocument, view = doc.defaultView;"
                + "const block = doc.querySelector('.segment[data-item=\"' + arguments[1] + '\"]');"
                + "const target = doc.querySelector('.session[data-session=\"' + arguments[2] + '\"]');"
                + "const box = target.getBoundingClientRect(), data = new view.DataTransfer();"
                + "const at = {bubbles: true, cancelable: true, dataTransfer: data,"
                + " clientX: box.left + box.width / 2, clientY: box.bottom - 4};"
                + "block.dispatchEvent(new view.DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "target.dispatchEvent(new view.DragEvent('dragover', at));"
                + "target.dispatchEvent(new view.DragEvent('drop', at));", byId("timetable"), item, session);
    }

    /** A screenshot of the timetable, kept under target/ as a build artifact. */
    Path screenshot(String name) throws Exception {
        var frame = byId("timetable");
        var target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, frame.getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** A screenshot of the whole window (1280 px wide), kept under target/ as a build artifact. */
    Path windowScreenshot(String name) throws Exception {
        var target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** Waits for a download to be complete in the browser's download folder. */
    Path downloaded(String name) {
        var file = downloads.resolve(name);
        waitFor(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.close();
        }
    }
}
