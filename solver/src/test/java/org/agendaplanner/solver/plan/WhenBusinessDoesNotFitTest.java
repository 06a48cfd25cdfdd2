package org.agendaplanner.solver.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.Item;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Given a meeting with more business than time, when solved, then what gives is what the planner said may give: the
 * required items (the fixed opening, the fixed high-level segment, the adoption of the report) always stay, an item
 * with a minDuration is shortened before anything is left out, and a low item goes before a normal one.
 */
class WhenBusinessDoesNotFitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * docs/over-full-meeting.json: Tuesday is full (opening, agenda, report of the Bureau; the high-level segment fixed
     * at 15:00), and Wednesday's 6 h must hold 7 h 15 min: the general debate (4 h, at least 3 h), a low item of 1 h,
     * 1 h 30 min and 15 min of normal business and the adoption of the report. Shortening the debate by its whole hour
     * still leaves 15 minutes over, so the low item goes, and then the debate needs only 15 minutes less.
     */
    @Test
    void theLowItemGoesAndTheDebateIsShortenedOnlyAsFarAsNeeded() throws Exception {
        var best = solve(overFullMeeting(meeting -> { }));

        assertEquals(List.of("6"), unscheduled(best));
        assertEquals(15, item(best, "5").minutesCut(), "4 h less 15 minutes: 3 h 45 min of debate fit beside the rest");
        assertEquals("0hard/-60medium/-150soft", best.getScore().toString()); // 60 low minutes out; 15 cut at 10 each
    }

    /** Without the low item, the 15 minutes over are cut from the debate, and nothing is left out. */
    @Test
    void shorteningComesBeforeLeavingAnythingOut() throws Exception {
        var best = solve(overFullMeeting(meeting -> ((ArrayNode) meeting.get("items")).remove(5)));

        assertEquals(List.of(), unscheduled(best));
        assertEquals(15, item(best, "5").minutesCut());
    }

    /**
     * A low item with more minutes than a normal one still goes first: a normal minute outweighs all low ones. With
     * the low item at 2 h, Wednesday is 2 h 15 min over: the low item's 2 h go, and 15 minutes of the debate, rather
     * than the 1 h 45 min of normal items 7 and 8 and half an hour of the debate.
     */
    @Test
    void aLongLowItemGoesBeforeShorterNormalOnes() throws Exception {
        var best = solve(overFullMeeting(meeting -> ((ObjectNode) meeting.get("items").get(5)).put("duration", "PT2H")));

        assertEquals(List.of("6"), unscheduled(best));
        assertEquals(15, item(best, "5").minutesCut());
    }

    /**
     * The same on the four-body conference: its Committee of the Whole loses Tuesday morning (3 h of its 18 h) while
     * item 6 (a) grows to 3 h 30 min, at least 1 h 30 min: 15 h 15 min of business, waits for the working groups'
     * items that 10 (d) and 11 (e) follow, against 15 h. Shortening 6 (a) makes room, so nothing is left out, not
     * even item 9 (b). The fixed opening and high-level segment and the adoption of the report stay.
     */
    @Test
    void onTheFourBodyConferenceShorteningMakesRoomBeforeAnythingIsLeftOut() throws Exception {
        var best = solve(conference(Set.of("cow-tue-am"), true));

        assertEquals(List.of(), unscheduled(best));
        int cut = item(best, "6a").minutesCut();
        assertTrue(cut >= 15 && cut <= 120, "at least the 15 minutes over, at most what may be cut: " + cut);
        assertEquals(0, best.getScore().hardScore());
    }

    /**
     * With Tuesday and Wednesday morning gone (9 h for 14 h 15 min of business; 6 (a), 6 (b) and 6 (c) may give 2 h
     * 45 min), shortening is not enough: the low item 9 (b) goes first, and whatever
     * normal business must follow it, never a required item.
     */
    @Test
    void onTheFourBodyConferenceTheLowItemGoesFirstAndRequiredItemsStay() throws Exception {
        var best = solve(conference(Set.of("cow-tue-am", "cow-tue-pm", "cow-wed-am"), false));

        var left = unscheduled(best);
        assertTrue(left.contains("9b"), "the low item is left out first: " + left);
        for (var required : List.of("1", "5", "15", "16")) {
            assertTrue(item(best, required).isScheduled() && !item(best, required).segments().isEmpty(), required);
            assertEquals("required", item(best, required).priority());
        }
        assertEquals(0, best.getScore().hardScore());
    }

    private static AgendaSolution solve(MeetingFile meeting) throws Exception {
        var plan = Planner.plan(meeting, "over-full.json", Planner.Settings.defaults()
                .withTimeLimit(Duration.ofSeconds(30)));
        return plan.best().orElseThrow().solution();
    }

    private static MeetingFile overFullMeeting(Consumer<ObjectNode> edit) throws Exception {
        var tree = (ObjectNode) JSON.readTree(Files.readString(Datasets.directory().resolve(
                "../docs/over-full-meeting.json")));
        edit.accept(tree);
        return MeetingReader.parse("over-full.json", JSON.writeValueAsString(tree), false);
    }

    /** The conference without some sessions; {@code longerDebate}: 6 (a) takes 3 h 30 min, at least 1 h 30 min. */
    private static MeetingFile conference(Set<String> sessionsLost, boolean longerDebate) throws Exception {
        var tree = (ObjectNode) JSON.readTree(Files.readString(Datasets.directory().resolve("cop-5day-4bodies.json")));
        var sessions = (ArrayNode) tree.get("sessions");
        for (int index = sessions.size() - 1; index >= 0; index--) {
            if (sessionsLost.contains(sessions.get(index).get("id").asText())) {
                sessions.remove(index);
            }
        }
        for (var item : tree.get("items")) {
            var shortest = switch (item.get("id").asText()) {
                case "6a" -> longerDebate ? "PT1H30M" : "PT1H";
                case "6b" -> longerDebate ? null : "PT1H15M";
                case "6c" -> longerDebate ? null : "PT1H30M";
                default -> null;
            };
            if (longerDebate && item.get("id").asText().equals("6a")) {
                ((ObjectNode) item).put("duration", "PT3H30M");
            }
            if (shortest != null) {
                ((ObjectNode) item).put("minDuration", shortest);
            }
            if (!longerDebate && item.get("id").asText().equals("9b")) {
                ((ObjectNode) item).put("priority", "low");
            }
        }
        return MeetingReader.parse("cop.json", JSON.writeValueAsString(tree), false);
    }

    private static List<String> unscheduled(AgendaSolution solution) {
        return solution.getItems().stream().filter(item -> !item.isScheduled() || item.segments().isEmpty())
                .map(Item::id).toList();
    }

    private static Item item(AgendaSolution solution, String id) {
        return solution.getItems().stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }
}
