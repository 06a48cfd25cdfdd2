package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** What the planner's page adds to the API (its files, the token as a cookie, drafts), with their status codes. */
@Timeout(180)
class ServicePageApiTest {

    private static final String TOKEN = "page-token";

    @RegisterExtension
    final RunningService service = RunningService.withToken(TOKEN);

    private ServiceClient client() {
        return service.client();
    }

    private void solve(String id) throws Exception {
        assertEquals(202, client().post("/api/meetings/" + id + "/solve", "{\"timeLimit\": \"PT30S\"}").statusCode());
        assertEquals("done", client().awaitSolved(id, Duration.ofSeconds(60)).get("state").asText());
    }

    @Test
    void thePageAndBootstrapAreServedWithoutTheTokenButNoMeetingIs() throws Exception {
        var anonymous = new ServiceClient(service.port(), null);
        var page = anonymous.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/page.js\"></script>"), page.body());
        var stylesheet = page.body().replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+\\.css)\".*", "$1");
        assertEquals(200, anonymous.get(stylesheet).statusCode(), stylesheet);
        assertEquals(200, anonymous.get("/page.js").statusCode());
        assertEquals(401, anonymous.get("/api/meetings").statusCode());
    }

    @Test
    void aSessionTradesTheTokenForAnHttpOnlyCookieWith204Or401() throws Exception {
        var made = client().post("/api/session", null, new byte[0]);
        assertEquals(204, made.statusCode());
        var cookie = made.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(AccessGuard.COOKIE + "=" + TOKEN + ";") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(401, new ServiceClient(service.port(), "wrong").post("/api/session", null, new byte[0]).statusCode());
    }

    @Test
    void aChangeOnTheCookieAloneMustComeFromThisServersPage() throws Exception {
        var origin = "http://127.0.0.1:" + service.port();
        var body = HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(
                ServiceClient.dataset("ctoc-cop-wg6-2020.json")));
        var http = HttpClient.newHttpClient();
        var fromElsewhere = HttpRequest.newBuilder(URI.create(origin + "/api/meetings"))
                .header("Cookie", AccessGuard.COOKIE + "=" + TOKEN).header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:8000").POST(body).build();
        assertEquals(403, http.send(fromElsewhere, HttpResponse.BodyHandlers.ofString()).statusCode());
        var fromThePage = HttpRequest.newBuilder(URI.create(origin + "/api/meetings"))
                .header("Cookie", AccessGuard.COOKIE + "=" + TOKEN).header("Content-Type", "application/json")
                .header("Origin", origin).POST(body).build();
        assertEquals(201, http.send(fromThePage, HttpResponse.BodyHandlers.ofString()).statusCode());
        var reading = HttpRequest.newBuilder(URI.create(origin + "/api/meetings"))
                .header("Cookie", AccessGuard.COOKIE + "=" + TOKEN).GET().build();
        assertEquals(200, http.send(reading, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aDraftIsShownWith200OrRefusedWith400Or404Or409Or422() throws Exception {
        var id = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(409, client().post("/api/meetings/" + id + "/draft", "{}").statusCode());
        assertEquals(404, client().post("/api/meetings/m9/draft", "{}").statusCode());
        solve(id);
        var latest = client().post("/api/meetings/" + id + "/draft?lang=zh", "");
        assertEquals(200, latest.statusCode(), latest.body());
        var view = ServiceClient.json(latest);
        assertEquals(2, view.get("revision").asInt());
        assertEquals("0hard/0medium/-45soft", view.get("score").asText());
        assertTrue(view.get("timetable").asText().contains("（续）"));
        assertEquals(0, view.get("changes").size());

        // Item 3 moved to Tuesday afternoon: it starts after item 2 and continues overnight (120) where the 45
        // minutes left unused on Tuesday were charged before: 75 worse.
        var moved = client().post("/api/meetings/" + id + "/draft",
                "{\"move\": {\"item\": \"3\", \"session\": \"tue-pm\"}}");
        assertEquals(200, moved.statusCode(), moved.body());
        var after = ServiceClient.json(moved);
        assertEquals("-75soft", after.get("scoreChange").asText());
        assertTrue(after.get("explain").toString().contains("Item 3 continues overnight"), after.get("explain").toString());
        assertTrue(after.get("changes").get(0).asText().startsWith("Item 3 ("), after.get("changes").toString());
        assertTrue(after.get("recommended").get(0).get("current").asBoolean());
        // The draft as the page keeps it: moving item 3 back gives the solved programme again.
        var back = client().post("/api/meetings/" + id + "/draft", "{\"items\": " + after.get("items")
                + ", \"move\": {\"item\": \"3\", \"session\": \"wed-am\"}}");
        assertEquals("75soft", ServiceClient.json(back).get("scoreChange").asText(), back.body());

        assertEquals(400, client().post("/api/meetings/" + id + "/draft", "{\"move\": 3").statusCode());
        assertEquals(400, client().post("/api/meetings/" + id + "/draft?lang=xx", "").statusCode());
        var noSession = client().post("/api/meetings/" + id + "/draft", "{\"move\": {\"item\": \"3\"}}");
        assertEquals(400, noSession.statusCode());
        assertEquals(404, client().post("/api/meetings/" + id + "/draft", "{\"revision\": 7}").statusCode());
        assertEquals(409, client().post("/api/meetings/" + id + "/draft", "{\"revision\": 1}").statusCode());
        var nowhere = client().post("/api/meetings/" + id + "/draft",
                "{\"move\": {\"item\": \"3\", \"session\": \"fri\"}}");
        assertEquals(422, nowhere.statusCode());
        assertFalse(nowhere.body().contains("Exception"), nowhere.body());
        assertEquals(422, client().post("/api/meetings/" + id + "/draft",
                "{\"items\": [{\"item\": \"9\", \"session\": \"tue-am\", \"start\": \"10:00\"}]}").statusCode());
    }

    @Test
    void aNewMeetingFromTheFormIsCreatedWith201OrRefusedWith400Or422AtItsField() throws Exception {
        var created = client().post("/api/meetings/new", "{\"title\": \"Expert group on water\", \"from\": \"2027-03-15\", "
                + "\"days\": 2, \"bodies\": \"plenary\", \"items\": \"1\\tOpening\\t15\\n2\\tWater and sanitation\\t4h\\n"
                + "3\\tAdoption of the report\\t0:30\"}");
        assertEquals(201, created.statusCode(), created.body());
        var id = ServiceClient.json(created).get("id").asText();
        var meeting = ServiceClient.json(client().get("/api/meetings/" + id));
        assertEquals(4, meeting.get("sessions").size());
        assertEquals("10:00", meeting.get("sessions").get(0).get("start").asText());
        assertEquals("PT4H", meeting.get("items").get(1).get("duration").asText());
        assertEquals("Expert group on water", meeting.get("meeting").get("title").get("en").asText());

        var refused = client().post("/api/meetings/new", "{\"title\": \"\", \"from\": \"2027-03-15\", "
                + "\"grid\": \"10:00-9:00\", \"items\": \"1\\tOpening\\t15\\n2\\tWater\\tninety\"}");
        assertEquals(422, refused.statusCode());
        var problems = ServiceClient.json(refused).get("problems");
        var fields = new java.util.ArrayList<String>();
        problems.forEach(problem -> fields.add(problem.get("path").asText()));
        assertEquals(java.util.List.of("title", "grid", "items"), fields, problems.toString());
        assertEquals(2, problems.get(2).get("line").asInt());
        // An estimate longer than the sessions can hold is found by the reader and still named at its line.
        var tooLong = client().post("/api/meetings/new", "{\"title\": \"T\", \"from\": \"2027-03-15\", "
                + "\"items\": \"1\\tOpening\\t15\\n2\\tWater\\t20h\"}");
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        var problem = ServiceClient.json(tooLong).get("problems").get(0);
        assertEquals("items", problem.get("path").asText(), problem.toString());
        assertEquals(2, problem.get("line").asInt());
        assertEquals(400, client().post("/api/meetings/new", "{\"title\": 1, \"colour\": 2}").statusCode());
    }
}
