package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed, published as solved, re-planned through the command line at Tuesday 18:00, 17 March 2020. The published
 * programme: item 2 from 10:30 Tuesday to 17:15, item 3 fresh on Wednesday at 10:00 and to 16:45, item 4 at 16:45,
 * the adoption at 17:00; 45 minutes free on Tuesday, 30 on Wednesday.
 */
class ReplanSeedEndToEndTest {

    @TempDir
    Path directory;

    @Test
    void item_2_needing_half_an_hour_more_opens_wednesday_and_the_rest_follows_in_order_exactly_filling_it()
            throws Exception {
        var revisedPath = directory.resolve("revised.json");
        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT30M", "-o", revisedPath.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var published = MeetingReader.read(SolvedSeed.file());
        var revised = MeetingReader.read(revisedPath);
        // Tuesday as it happened: the same starts, and item 2 runs on to 18:00.
        assertEquals(segmentsOn(published, "tue-am"), segmentsOn(revised, "tue-am"));
        assertEquals(List.of("2 15:00-18:00 continued"), segmentsOn(revised, "tue-pm"));
        // Wednesday: 30 + 285 + 15 + 30 minutes = the 360 of its two sessions, with nothing left over.
        assertEquals(List.of("2 10:00-10:30 continued", "3 10:30-13:00"), segmentsOn(revised, "wed-am"));
        assertEquals(List.of("3 15:00-17:15 continued", "4 17:15-17:30", "5 17:30-18:00"),
                segmentsOn(revised, "wed-pm"));
        assertNull(revised.programme().unscheduled());
        // The table prints the continuation, and the change list names each item that moved, and how.
        assertTrue(run.out().contains("ammunition (continued)"), run.out());
        // Rows of the items that start elsewhere are marked; item 2 keeps its start, and is not.
        assertTrue(run.out().contains("Other matters (revised)"), run.out());
        assertTrue(run.out().contains("Adoption of the report (revised)"), run.out());
        assertFalse(run.out().contains("ammunition (continued) (revised)"), run.out());
        for (var change : List.of(
                // One item, one sentence.
                "Item 2 (Responsiveness of the Firearms Protocol…) now ends at 10:30 instead of 17:15, on Wednesday 18 March "
                        + "in wed-am (10:00–13:00); it is now continued on Wednesday 18 March in wed-am (10:00–13:00).",
                "Item 3 (Investigative and prosecutorial…) now starts at 10:30 instead of 10:00",
                "Item 4 (Other matters) now starts at 17:15 instead of 16:45",
                "Item 5 (Adoption of the report) now starts at 17:30 instead of 17:00")) {
            assertTrue(run.out().contains(change), change + " in\n" + run.out());
        }
        assertFalse(run.out().contains("Item 1 ("), run.out());
        // compare counts a start that shifts within its session as a change too.
        var compare = CommandRun.of("compare", SolvedSeed.file().toString(), revisedPath.toString());
        assertTrue(compare.out().contains("B: item 3 wed-am 10:00 → 10:30"), compare.out());
        assertFalse(compare.out().contains("No item moved"), compare.out());
        // The revised file keeps what it revises, and the planner's estimates.
        assertEquals(1, revised.progress().revision());
        assertEquals(published.programme().items(), revised.progress().revisedFrom());
        assertEquals(published.items(), revised.items());
    }

    @Test
    void the_change_list_in_json_gives_one_entry_per_item_with_where_it_was_and_is() throws Exception {
        var revisedPath = directory.resolve("revised.json");
        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT30M", "--format", "json", "-o", revisedPath.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("revision").asInt());
        assertEquals("2020-03-17T18:00", json.get("at").asText());
        var changes = json.get("changes");
        // Items 2 to 5 changed, each once; item 1 did not.
        assertEquals(List.of("2", "3", "4", "5"), changes.findValuesAsText("item"));
        var item2 = changes.get(0);
        assertEquals("2", item2.get("number").asText());
        assertEquals("tue-am", item2.get("from").get("session").asText());
        assertEquals("tue-am", item2.get("to").get("session").asText());
        assertTrue(item2.get("words").asText().startsWith("Item 2 (Responsiveness of the Firearms Protocol…) now "
                + "ends at 10:30 instead of 17:15"), item2.toString());
        assertTrue(item2.get("words").asText().contains("; it is now continued on Wednesday 18 March"),
                item2.toString());
        var item3 = changes.get(1);
        assertEquals("wed-am", item3.get("from").get("session").asText());
        assertEquals("10:00", item3.get("from").get("start").asText());
        assertEquals("wed-am", item3.get("to").get("session").asText());
        assertEquals("10:30", item3.get("to").get("start").asText());
        assertEquals("Item 3 (Investigative and prosecutorial…) now starts at 10:30 instead of 10:00, on Wednesday "
                + "18 March in wed-am (10:00–13:00).", item3.get("words").asText());
        // The text list says the same, in the same words.
        var text = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT30M", "-o", directory.resolve("text.json").toString());
        for (var change : changes) {
            assertTrue(text.out().contains("  " + change.get("words").asText() + "\n"), change + " in\n" + text.out());
        }
        // The table travels in the same document, and the file is written.
        assertEquals("agenda-planner-annex/1", json.get("table").get("format").asText());
        assertTrue(json.get("unscheduled").isNull(), json.toString());
        assertEquals(revisedPath.toString(), json.get("wrote").asText());
        assertEquals(1, MeetingReader.read(revisedPath).progress().revision());
    }

    @Test
    void an_hour_more_leaves_wednesday_half_an_hour_short_and_says_what_no_longer_fits() throws Exception {
        var revisedPath = directory.resolve("revised.json");
        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT1H", "-o", revisedPath.toString());

        // A programme comes out; it leaves an item out, which is what exit code 4 says.
        assertEquals(ExitCodes.INFEASIBLE, run.exitCode(), run.err());
        var revised = MeetingReader.read(revisedPath);
        // 60 + 285 + 15 + 30 = 390 minutes for Wednesday's 360, and all four interpreted sessions are in use. The
        // adoption of the report is required (it must be in the last session), and leaving out Other matters' 15
        // minutes is not enough, so item 3 goes: nothing else makes room, and it may not be shortened.
        assertEquals(List.of("3"), revised.programme().unscheduled());
        assertTrue(run.out().contains("Item 3 (Investigative and prosecutorial…) no longer fits: it was to start on "
                + "Wednesday 18 March at 10:00 (wed-am)."), run.out());
        assertTrue(run.out().contains("the budget of 4 interpreted sessions is used up"), run.out());
    }

    @Test
    void item_2_done_at_half_past_four_leaves_item_3_on_wednesday() throws Exception {
        var revisedPath = directory.resolve("revised.json");
        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T16:30",
                "--done", "2@2020-03-17T16:30", "-o", revisedPath.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var revised = MeetingReader.read(revisedPath);
        // Starting item 3 at 16:30 would continue it overnight (120) and move it off Wednesday, the day it was
        // announced for (Stability: 1 session + 4, at 30 each, 150), to save the 90 minutes left unused on Tuesday
        // (Unused time before later items, 90): 90 is the cheaper, so item 3 keeps Wednesday at 10:00.
        assertEquals(new ItemStart("3", "wed-am", LocalTime.of(10, 0)), start(revised, "3"));
        assertEquals("0hard/0medium/-90soft", revised.programme().score());
        assertTrue(run.out().contains("Item 2 (Responsiveness of the Firearms Protocol…) now ends at 16:30 instead of 17:15"),
                run.out());
    }

    /** "item start-end", and "continued" for a continuation. */
    private static List<String> segmentsOn(MeetingFile file, String session) {
        return file.programme().segments().stream().filter(segment -> segment.session().equals(session))
                .map(segment -> segment.item() + " " + segment.start() + "-" + segment.end()
                        + (segment.continued() ? " continued" : ""))
                .toList();
    }

    private static ItemStart start(MeetingFile file, String item) {
        return file.programme().items().stream().filter(start -> start.item().equals(item)).findFirst().orElseThrow();
    }
}
