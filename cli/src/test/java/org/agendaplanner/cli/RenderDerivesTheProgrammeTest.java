package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Given a solved seed that a planner edits by hand (item 3 moved to Tuesday afternoon, items 4 and 5 earlier on
 * Wednesday) without touching its {@code segments} or {@code score}, or a draft with item starts alone, when it is
 * rendered, then the table shows the places of the starts and the score is the one {@code agenda score} gives.
 */
class RenderDerivesTheProgrammeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void aHandEditedFileRendersItsNewPlacesAndScoreNotItsStaleSegments() throws Exception {
        var edited = directory.resolve("edited.json");
        var file = item3OnTuesdayAfternoon();
        Files.writeString(edited, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        var staleScore = file.get("programme").get("score").asText();

        var run = CommandRun.of("render", edited.toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var annex = JSON.readTree(run.out());
        assertEquals(List.of("2", "3"), itemsIn(annex, "tue-pm"), "item 3 opens on Tuesday afternoon after item 2");
        assertEquals(List.of("3"), itemsIn(annex, "wed-am"), "and continues on Wednesday morning");
        assertEquals(List.of("3", "4", "5"), itemsIn(annex, "wed-pm"));
        var scored = JSON.readTree(CommandRun.of("score", edited.toString(), "--format", "json").out());
        assertEquals(scored.get("score").asText(), annex.get("score").asText());
        assertFalse(staleScore.equals(annex.get("score").asText()), "the file's own score is stale: " + staleScore);

        var text = CommandRun.of("render", edited.toString());
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        var lines = text.out().lines().toList();
        int tuesdayAfternoon = lines.indexOf(lines.stream().filter(line -> line.startsWith("3–6 p.m.")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(tuesdayAfternoon + 4).matches(" +3 +Investigative.*"), text.out());
    }

    @Test
    void aFileWithItemStartsButNoSegmentsRenders() throws Exception {
        var file = item3OnTuesdayAfternoon();
        var programme = (ObjectNode) file.get("programme");
        programme.remove("segments");
        programme.remove("score");
        var draft = directory.resolve("draft.json");
        Files.writeString(draft, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        var before = Files.readString(draft);

        var run = CommandRun.of("render", draft.toString(), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var annex = JSON.readTree(run.out());
        assertEquals(List.of("1a", "1b", "2"), itemsIn(annex, "tue-am"));
        assertEquals(List.of("2", "3"), itemsIn(annex, "tue-pm"));
        assertEquals("0hard/0medium/-120soft", annex.get("score").asText(), "the overnight continuation of item 3");
        assertEquals(before, Files.readString(draft), "the input is never touched");
        var text = CommandRun.of("render", draft.toString());
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        assertTrue(text.out().contains("Adoption of the report"), text.out());
    }

    /** The solved seed with item 3 starting at 17:15 on Tuesday, items 4 and 5 from 16:00 on Wednesday. */
    private static ObjectNode item3OnTuesdayAfternoon() throws Exception {
        var file = (ObjectNode) JSON.readTree(SolvedSeed.file().toFile());
        for (JsonNode start : file.get("programme").get("items")) {
            var node = (ObjectNode) start;
            switch (node.get("item").asText()) {
                case "3" -> node.put("session", "tue-pm").put("start", "17:15");
                case "4" -> node.put("session", "wed-pm").put("start", "16:00");
                case "5" -> node.put("session", "wed-pm").put("start", "16:15");
                default -> { }
            }
        }
        return file;
    }

    private static List<String> itemsIn(JsonNode annex, String sessionId) {
        var items = new ArrayList<String>();
        for (JsonNode day : annex.get("days")) {
            for (JsonNode slot : day.get("slots")) {
                if (slot.get("id").asText().equals(sessionId)) {
                    slot.get("entries").forEach(entry -> items.add(entry.get("item").asText()));
                }
            }
        }
        return items;
    }
}
