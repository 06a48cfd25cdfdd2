package org.agendaplanner.solver.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.plan.Planner;
import org.junit.jupiter.api.Test;

/** Given an item left out, the reason names the limit that binds, not only the free time in total. */
class DiagnosisTest {

    /**
     * The case that hid its cause: the Committee of the Whole has 6 h 30 min of session time free in total, but 6 h of
     * it falls when the one team interprets the plenary.
     */
    @Test
    void twoBodiesAtOnceWithOneTeamNameTheTeamsAndWhoHoldsThem() throws Exception {
        var reasons = reasonsFor(yaml(Files.readString(overFull())));

        assertEquals(List.of("Item 8 needs 1 h with interpretation into the six languages; 30 minutes of suitably "
                + "interpreted session time remain free in cow. The binding limit is the interpretation teams: 6 h more "
                + "are free in cow-mon-am, cow-tue-pm, when the one interpretation team is in use by plenary (mon-am, "
                + "tue-pm)."), reasons);
    }

    /** The same meeting with the committee's Tuesday afternoon uninterpreted: that time does not count either. */
    @Test
    void uninterpretedTimeIsNamedAsNotCounting() throws Exception {
        var text = Files.readString(overFull()).replace("start: \"15:00\", end: \"18:00\"}\nitems:",
                "start: \"15:00\", end: \"18:00\", interpretation: false}\nitems:");

        var reason = reasonsFor(yaml(text)).get(0);

        assertTrue(reason.contains("The binding limit is the interpretation teams: 3 h more are free in cow-mon-am, "
                + "when the one interpretation team is in use by plenary (mon-am)."), reason);
        assertTrue(reason.contains("Also: 3 h more are free in sessions without interpretation into the six languages "
                + "(cow-tue-pm), which do not count."), reason);
    }

    /** The seed with a budget of three interpreted sessions: Wednesday morning is free, but the budget is spent. */
    @Test
    void aSpentBudgetIsNamedWithTheSessionsItKeepsClosed() throws Exception {
        var text = Files.readString(Datasets.seed()).replace("\"maxSessions\": 4", "\"maxSessions\": 3");

        var reasons = reasonsFor(MeetingReader.parse("seed.json", text, false));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("The binding limit is the interpretation budget: 3 h more are free in "
                + "sessions the programme does not interpret (wed-am), and the budget of 3 interpreted sessions is "
                + "spent."), reasons.get(0));
    }

    /** Item 2 of the seed may not be split, and needs 4 h 45 min: no three-hour session holds it. */
    @Test
    void anUnsplittableItemWithNoWindowLongEnoughSaysSo() throws Exception {
        var text = Files.readString(Datasets.seed()).replaceFirst("\"duration\": \"PT4H45M\"",
                "\"duration\": \"PT4H45M\", \"splittable\": false");

        var reasons = reasonsFor(MeetingReader.parse("seed.json", text, false));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("Item 2 needs 4 h 45 min"), reasons.get(0));
        assertTrue(reasons.get(0).endsWith("it may not be split, and the longest free stretch is 3 h."),
                reasons.get(0));
    }

    /**
     * The four-body conference with item 6 (a) at 7 h: the Committee of the Whole is 45 minutes over and has no
     * interpreted time to spare, so no single limit is to blame.
     */
    @Test
    void aBodyWhoseBusinessExceedsItsTimeSaysSo() throws Exception {
        var meeting = MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json"));
        var items = meeting.items().stream()
                .map(item -> item.id().equals("6a") ? item.withDuration(Duration.ofHours(7)) : item).toList();

        var reasons = reasonsFor(meeting.withItems(items));

        var ofTheCommittee = reasons.stream().filter(reason -> reason.contains("remain free in cow")).toList();
        assertEquals(1, ofTheCommittee.size(), reasons.toString());
        assertTrue(ofTheCommittee.get(0).endsWith("No one limit frees enough: the business of cow exceeds the time it "
                + "has."), ofTheCommittee.get(0));
    }

    private static List<String> reasonsFor(MeetingFile meeting) throws Exception {
        var best = Planner.plan(meeting, "meeting", Planner.Settings.defaults()).best().orElseThrow();
        return Diagnosis.ofUnscheduled(best.solution());
    }

    private static MeetingFile yaml(String text) throws Exception {
        return MeetingReader.parse("over-full.yaml", text, true);
    }

    private static java.nio.file.Path overFull() {
        return Datasets.directory().resolve("../docs/two-bodies-one-team.yaml");
    }
}
