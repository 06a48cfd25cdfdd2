package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ItemProgress;
import org.agendaplanner.model.ItemStart;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-plans through the command line beyond the seed's first revision: several bodies, a second revision, data. */
class ReplanCommandTest {

    @TempDir
    Path directory;

    /**
     * The conference of the parties loses the Committee of the Whole's Wednesday afternoon (cow-wed-pm), re-planned at
     * Wednesday 13:00: the other bodies, the high-level segment (Monday, fixed) and the Committee's items before the
     * lost session stay where they were; only the Committee's items from that session on may move.
     */
    @Test
    void a_cancelled_committee_session_moves_only_that_committees_items_from_it_on() {
        var solved = directory.resolve("cop.solved.json");
        var solve = CommandRun.of("solve", Datasets.directory().resolve("cop-5day-4bodies.json").toString(), "-o",
                solved.toString(), "--quiet");
        assertEquals(ExitCodes.OK, solve.exitCode(), solve.err());
        var revisedPath = directory.resolve("cop.revised.json");

        var run = CommandRun.of("replan", solved.toString(), "--at", "2025-05-07T13:00", "--cancel", "cow-wed-pm",
                "-o", revisedPath.toString());

        assertTrue(run.exitCode() == ExitCodes.OK || run.exitCode() == ExitCodes.INFEASIBLE, run.err());
        var published = read(solved);
        var revised = read(revisedPath);
        var before = startsById(published);
        var after = startsById(revised);
        var lostSessionStart = LocalDateTime.parse("2025-05-07T15:00");
        for (var item : published.items()) {
            var was = before.get(item.id());
            boolean ofTheCommittee = "cow".equals(item.body());
            boolean fromTheLostSessionOn = !moment(published, was).isBefore(lostSessionStart);
            if (!ofTheCommittee || !fromTheLostSessionOn) {
                assertEquals(was, after.get(item.id()), "item " + item.id() + " does not move");
            }
        }
        assertEquals(before.get("5"), after.get("5"), "the high-level segment does not move");
        assertTrue(revised.programme().segments().stream().noneMatch(segment -> segment.session().equals("cow-wed-pm")),
                "the cancelled session holds nothing");
        // What moved is announced, and what no longer fits is said, with why.
        var moved = revised.items().stream().filter(item -> !before.get(item.id()).equals(after.get(item.id())))
                .toList();
        assertFalse(moved.isEmpty());
        for (var item : moved) {
            assertTrue(run.out().contains("Item " + item.number() + " ("), "the change list names item "
                    + item.number() + ":\n" + run.out());
        }
        if (revised.programme().unscheduled() != null) {
            assertTrue(run.out().contains("no longer fits"), run.out());
        }
    }

    /** A second re-plan, on Wednesday at 13:00 with item 3 needing two more hours, keeps the first revision's changes. */
    @Test
    void a_second_replan_keeps_the_first_revisions_changes() {
        var first = directory.resolve("first.json");
        var firstRun = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT30M", "-o", first.toString());
        assertEquals(ExitCodes.OK, firstRun.exitCode(), firstRun.err());
        var second = directory.resolve("second.json");

        var run = CommandRun.of("replan", first.toString(), "--at", "2020-03-18T13:00", "--remaining", "3=PT2H",
                "-o", second.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var revisionOne = read(first);
        var revisionTwo = read(second);
        assertEquals(2, revisionTwo.progress().revision());
        assertEquals(revisionOne.programme().items(), revisionTwo.progress().revisedFrom());
        // Item 2's continuation on Wednesday morning, the first revision's change, stands; so does all of Tuesday.
        for (var session : List.of("tue-am", "tue-pm", "wed-am")) {
            assertEquals(segments(revisionOne, session), segments(revisionTwo, session), session);
        }
        // Item 3 needs 2 h from 15:00, 15 minutes less than programmed: items 4 and 5 move up within the afternoon.
        assertEquals(List.of("3 15:00-17:00", "4 17:00-17:15", "5 17:15-17:45"), segments(revisionTwo, "wed-pm"));
        assertTrue(run.out().contains("Item 4 (Other matters) now starts at 17:00 instead of 17:15"), run.out());
        // The first revision's progress is kept: item 2's remaining half hour, as of Tuesday 18:00.
        assertTrue(revisionTwo.progress().items().contains(
                ItemProgress.remaining("2", java.time.Duration.ofMinutes(30), LocalDateTime.parse("2020-03-17T18:00"))));
    }

    /** The options and the file's progress section mean the same thing. */
    @Test
    void the_progress_section_replans_as_the_options_do() throws Exception {
        var byOptions = directory.resolve("by-options.json");
        var optionsRun = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--remaining", "2=PT30M", "-o", byOptions.toString());
        var withSection = directory.resolve("with-section.json");
        MeetingWriter.write(read(SolvedSeed.file()).withProgress(new Progress(LocalDateTime.parse("2020-03-17T18:00"),
                null, List.of(ItemProgress.remaining("2", java.time.Duration.ofMinutes(30), null)), null, null, null)),
                withSection);
        var bySection = directory.resolve("by-section.json");

        var sectionRun = CommandRun.of("replan", withSection.toString(), "-o", bySection.toString());

        assertEquals(ExitCodes.OK, optionsRun.exitCode(), optionsRun.err());
        assertEquals(ExitCodes.OK, sectionRun.exitCode(), sectionRun.err());
        assertEquals(read(byOptions).programme(), read(bySection).programme());
        assertEquals(read(byOptions).progress(), read(bySection).progress());
    }

    /** Item 2, programmed to end at 17:15, is declared done at a 17:00 re-plan: it concluded then, and says so. */
    @Test
    void an_item_done_without_a_time_concluded_at_the_replan_if_that_came_before_its_programmed_end() {
        var revisedPath = directory.resolve("done.json");

        var run = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T17:00", "--done", "2",
                "-o", revisedPath.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        var revised = read(revisedPath);
        assertEquals(List.of(ItemProgress.done("2", LocalDateTime.parse("2020-03-17T17:00"))),
                revised.progress().items());
        assertEquals(List.of("2 15:00-17:00"), segments(revised, "tue-pm"));
        assertTrue(run.out().contains("now ends at 17:00 instead of 17:15"), run.out());
    }

    @Test
    void bad_options_are_usage_errors_and_contradictions_invalid_input() {
        var badMoment = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "Tuesday",
                "-o", directory.resolve("x.json").toString());
        assertEquals(ExitCodes.USAGE, badMoment.exitCode());
        assertTrue(badMoment.err().contains("--at takes a moment, yyyy-mm-ddTHH:mm"), badMoment.err());

        var notYetReached = CommandRun.of("replan", SolvedSeed.file().toString(), "--at", "2020-03-17T18:00",
                "--done", "3", "-o", directory.resolve("y.json").toString());
        assertEquals(ExitCodes.INVALID_INPUT, notYetReached.exitCode());
        assertTrue(notYetReached.err().contains("progress.items[0]: Item \"3\" is programmed to start at 2020-03-18 "
                + "10:00"), notYetReached.err());

        var unsolved = CommandRun.of("replan", Datasets.seed().toString(), "--at", "2020-03-17T18:00",
                "-o", directory.resolve("z.json").toString());
        assertEquals(ExitCodes.INVALID_INPUT, unsolved.exitCode());
        assertTrue(unsolved.err().contains("has no programme to revise"), unsolved.err());
        assertFalse(unsolved.err().contains("Exception"), unsolved.err());
    }

    private static MeetingFile read(Path file) {
        try {
            return MeetingReader.read(file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, ItemStart> startsById(MeetingFile file) {
        return file.programme().items().stream().collect(Collectors.toMap(ItemStart::item, start -> start));
    }

    private static LocalDateTime moment(MeetingFile file, ItemStart start) {
        return file.session(start.session()).orElseThrow().date().atTime(start.start());
    }

    private static List<String> segments(MeetingFile file, String session) {
        return file.programme().segments().stream().filter(segment -> segment.session().equals(session))
                .map(segment -> segment.item() + " " + segment.start() + "-" + segment.end()).toList();
    }
}
