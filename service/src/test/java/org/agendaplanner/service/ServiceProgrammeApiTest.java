package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The endpoints over a programme: a planner's draft, compare, recommend, re-plan; their status codes. */
@Timeout(180)
class ServiceProgrammeApiTest {

    @RegisterExtension
    final RunningService service = RunningService.withoutToken();

    private ServiceClient client() {
        return service.client();
    }

    /** A meeting solved briefly, so that its latest revision (2) holds a programme. */
    private String solved(String dataset) throws Exception {
        var id = client().uploaded(ServiceClient.dataset(dataset));
        assertEquals(202, client().post("/api/meetings/" + id + "/solve", "{\"timeLimit\": \"PT20S\", \"moveLimit\": 3000}")
                .statusCode());
        var end = client().awaitSolved(id, Duration.ofSeconds(60));
        assertEquals("done", end.get("state").asText(), end.toString());
        return id;
    }

    private ObjectNode programmeOf(String id) {
        return (ObjectNode) ServiceClient.json(client().get("/api/meetings/" + id)).get("programme");
    }

    @Test
    void aDraftIsScoredAndStoredWith201OrRefusedWith400Or404Or422() throws Exception {
        var id = solved("cop-5day-4bodies.json");
        var draft = programmeOf(id);
        draft.remove("segments");
        draft.put("score", "stale");
        var stored = client().put("/api/meetings/" + id + "/programme", draft.toString());
        assertEquals(201, stored.statusCode(), stored.body());
        var body = ServiceClient.json(stored);
        assertEquals(3, body.get("revision").asInt());
        assertEquals(programmeOf(id).get("score").asText(), body.get("score").asText());
        assertTrue(body.get("score").asText().contains("hard/"), body.toString());
        assertTrue(programmeOf(id).get("segments").size() > 0, "segments derived afresh");

        var unknown = draft.deepCopy();
        ((ObjectNode) unknown.withArray("items").get(0)).put("item", "no-such-item");
        var refused = client().put("/api/meetings/" + id + "/programme", unknown.toString());
        assertEquals(422, refused.statusCode(), refused.body());
        var lines = ServiceClient.json(refused).get("lines");
        assertTrue(lines.toString().contains("no-such-item"), lines.toString());
        var badSession = draft.deepCopy();
        ((ObjectNode) badSession.withArray("items").get(0)).put("session", "no-such-session");
        assertEquals(422, client().put("/api/meetings/" + id + "/programme", badSession.toString()).statusCode());
        assertEquals(400, client().put("/api/meetings/" + id + "/programme", "[1, 2]").statusCode());
        assertEquals(400, client().put("/api/meetings/" + id + "/programme", "{not json").statusCode());
        assertEquals(404, client().put("/api/meetings/m99/programme", draft.toString()).statusCode());
        assertEquals(3, ServiceClient.json(client().get("/api/meetings")).get(0).get("revisions").asInt(),
                "a refused draft stores nothing");
    }

    /** Two items of one session swap their starts: a draft with two moves against the solved programme. */
    private static ObjectNode swappedDraft(ObjectNode programme) {
        var draft = programme.deepCopy();
        draft.remove("segments");
        var items = draft.withArray("items");
        for (int i = 0; i + 1 < items.size(); i++) {
            var first = (ObjectNode) items.get(i);
            var second = (ObjectNode) items.get(i + 1);
            if (first.get("session").equals(second.get("session"))) {
                var start = first.get("start");
                first.set("start", second.get("start"));
                second.set("start", start);
                return draft;
            }
        }
        throw new AssertionError("no session with two items in " + programme);
    }

    @Test
    void compareGets200WithTheMovesOr400Or404Or409Or422OnTheMultiBodyMeeting() throws Exception {
        var unsolved = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(409, client().get("/api/meetings/" + unsolved + "/compare?with=1").statusCode());
        var id = solved("cop-5day-4bodies.json");
        assertEquals(201, client().put("/api/meetings/" + id + "/programme", swappedDraft(programmeOf(id)).toString())
                .statusCode());
        var compared = client().get("/api/meetings/" + id + "/compare?with=2");
        assertEquals(200, compared.statusCode(), compared.body());
        var body = ServiceClient.json(compared);
        assertEquals(2, body.get("files").size());
        assertEquals(id + "/3.json", body.get("files").get(0).get("file").asText());
        assertEquals(id + "/2.json", body.get("files").get(1).get("file").asText());
        assertEquals(2, body.get("moved").size(), body.toString());
        assertEquals(1, body.get("differences").size());
        assertTrue(body.get("verdict").asText().length() > 10, body.toString());
        assertEquals(400, client().get("/api/meetings/" + id + "/compare").statusCode());
        assertEquals(400, client().get("/api/meetings/" + id + "/compare?with=two").statusCode());
        assertEquals(404, client().get("/api/meetings/" + id + "/compare?with=9").statusCode());
        assertEquals(404, client().get("/api/meetings/m99/compare?with=1").statusCode());
        // Revision 1 is the uploaded file, without a programme.
        assertEquals(422, client().get("/api/meetings/" + id + "/compare?with=1").statusCode());
    }

    @Test
    void recommendGets200WithTheCurrentPlaceFirstOr400Or404Or409OnTheMultiBodyMeeting() throws Exception {
        var unsolved = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(409, client().get("/api/meetings/" + unsolved + "/recommend?item=1").statusCode());
        var id = solved("cop-5day-4bodies.json");
        var item = programmeOf(id).get("items").get(3).get("item").asText();
        var recommended = client().get("/api/meetings/" + id + "/recommend?item=" + item + "&top=3");
        assertEquals(200, recommended.statusCode(), recommended.body());
        var body = ServiceClient.json(recommended);
        assertEquals(item, body.get("item").asText());
        assertEquals(id + "/2.json", body.get("file").asText());
        var places = body.get("places");
        assertTrue(places.size() >= 1 && places.size() <= 4, body.toString());
        assertTrue(places.get(0).get("current").asBoolean(), body.toString());
        assertEquals("0", places.get(0).get("scoreChange").asText());
        assertEquals(400, client().get("/api/meetings/" + id + "/recommend").statusCode());
        assertEquals(400, client().get("/api/meetings/" + id + "/recommend?item=" + item + "&top=none").statusCode());
        assertEquals(404, client().get("/api/meetings/" + id + "/recommend?item=no-such-item").statusCode());
        assertEquals(404, client().get("/api/meetings/m99/recommend?item=1").statusCode());
    }

    @Test
    void replanGets201WithTheChangesOr400Or404Or409Or422() throws Exception {
        var unsolved = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(409, client().post("/api/meetings/" + unsolved + "/replan", "{}").statusCode());
        var id = solved("cop-5day-4bodies.json");
        var fast = "/api/meetings/" + id + "/replan?timeLimit=PT20S&moveLimit=3000";
        // A session of a later day, after the re-plan moment.
        var items = programmeOf(id).get("items");
        var cancelled = items.get(items.size() - 2).get("session").asText();
        var replanned = client().post(fast, "{\"at\": \"2025-05-05T12:00\", \"cancelled\": [\"" + cancelled + "\"]}");
        assertEquals(201, replanned.statusCode(), replanned.body());
        var body = ServiceClient.json(replanned);
        assertEquals(3, body.get("revision").asInt());
        assertEquals(1, body.get("replan").asInt());
        assertTrue(body.get("changes").size() > 0, "a cancelled session moves its items: " + body);
        assertTrue(body.get("changes").findValues("from").stream()
                .anyMatch(from -> !from.isNull() && from.get("session").asText().equals(cancelled)), body.toString());
        var stored = ServiceClient.json(client().get("/api/meetings/" + id + "/revisions/3"));
        assertEquals(cancelled, stored.get("progress").get("cancelled").get(0).asText());
        assertTrue(stored.get("programme").get("items").findValuesAsText("session").stream()
                .noneMatch(cancelled::equals), "nothing left in the cancelled session");

        var badMoment = client().post(fast, "{\"at\": \"Monday noon\"}");
        assertEquals(422, badMoment.statusCode(), badMoment.body());
        assertTrue(ServiceClient.json(badMoment).get("lines").get(0).asText().startsWith("progress"), badMoment.body());
        assertEquals(422, client().post(fast, "{\"at\": \"2025-05-05T12:00\", \"cancelled\": [\"no-such-session\"]}")
                .statusCode());
        assertEquals(422, client().post(fast, "{\"colour\": 1}").statusCode());
        assertEquals(400, client().post(fast, "[]").statusCode());
        assertEquals(400, client().post("/api/meetings/" + id + "/replan?timeLimit=soon", "{}").statusCode());
        assertEquals(404, client().post("/api/meetings/m99/replan", "{}").statusCode());
        assertEquals(3, ServiceClient.json(client().get("/api/meetings")).get(1).get("revisions").asInt(),
                "a refused re-plan stores nothing");
    }
}
