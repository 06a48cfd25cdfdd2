package org.agendaplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** GET /api/meetings/{id}/remedies: what would place every item the latest programme leaves out; its status codes. */
@Timeout(120)
class ServiceRemediesApiTest {

    @RegisterExtension
    final RunningService service = RunningService.withoutToken();

    private ServiceClient client() {
        return service.client();
    }

    /** Two bodies at once with one interpretation team: a second team is the first remedy. */
    @Test
    void anOverFullMeetingGets200WithASecondTeamOr400Or404Or409() throws Exception {
        var upload = client().post("/api/meetings", "application/yaml",
                Files.readAllBytes(ServiceClient.dataset("../docs/two-bodies-one-team.yaml")));
        assertEquals(201, upload.statusCode(), upload.body());
        var id = ServiceClient.json(upload).get("id").asText();
        assertEquals(409, client().get("/api/meetings/" + id + "/remedies").statusCode(), "nothing solved yet");
        assertEquals(404, client().get("/api/meetings/m99/remedies").statusCode());

        assertEquals(202, client().post("/api/meetings/" + id + "/solve", "{}").statusCode());
        assertEquals("done", client().awaitSolved(id, Duration.ofSeconds(60)).get("state").asText());
        assertEquals(400, client().get("/api/meetings/" + id + "/remedies?timeLimit=soon").statusCode());
        assertEquals(400, client().get("/api/meetings/" + id + "/remedies?timeLimit=PT2M").statusCode());

        var found = client().get("/api/meetings/" + id + "/remedies?timeLimit=PT30S");

        assertEquals(200, found.statusCode(), found.body());
        var remedies = ServiceClient.json(found);
        assertEquals(30.0, remedies.get("timeLimitSeconds").asDouble());
        var first = remedies.get("remedies").get(0);
        assertEquals("interpretationTeam", first.get("kind").asText(), remedies.toString());
        assertEquals("interpretation.teams=2", first.get("settings").get(0).asText());
        assertTrue(first.get("score").asText().startsWith("0hard/0medium/"), first.toString());
    }

    @Test
    void aMeetingThatFitsGets200WithNoRemedies() throws Exception {
        var id = client().uploaded(ServiceClient.dataset("ctoc-cop-wg6-2020.json"));
        assertEquals(202, client().post("/api/meetings/" + id + "/solve", "{}").statusCode());
        assertEquals("done", client().awaitSolved(id, Duration.ofSeconds(60)).get("state").asText());

        var found = client().get("/api/meetings/" + id + "/remedies");

        assertEquals(200, found.statusCode(), found.body());
        assertEquals(0, ServiceClient.json(found).get("tried").asInt());
        assertTrue(ServiceClient.json(found).get("remedies").isEmpty());
    }
}
