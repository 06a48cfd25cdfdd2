package org.agendaplanner.model.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agendaplanner.model.Problem;
import org.junit.jupiter.api.Test;

/** Items pasted from three spreadsheet columns: number, title, estimate. */
class PastedItemsTest {

    @Test
    void linesOfNumberTitleAndEstimateBecomeItemsInOrder() {
        var problems = new ArrayList<Problem>();
        var rows = PastedItems.read("1 (a)\tOpening of the meeting\t15\r\n\n2\tGeneral debate\t1:30\n3\tReport\tPT30M\n",
                problems);
        assertEquals(List.of(), problems);
        assertEquals(3, rows.size());
        assertEquals("1a", rows.get(0).id());
        assertEquals("1 (a)", rows.get(0).number());
        assertEquals(Duration.ofMinutes(90), rows.get(1).estimate());
        // The blank second line is skipped but counted, so that problems name the line a planner sees.
        assertEquals(3, rows.get(1).line());
        assertEquals("General debate", rows.get(1).title().in("en").orElseThrow());
    }

    @Test
    void eachBadLineIsNamedWithWhatIsWrong() {
        var problems = new ArrayList<Problem>();
        var rows = PastedItems.read("1\tOpening\t15\n2 Election of officers 15\n3\t\tninety\n", problems);
        assertEquals(1, rows.size());
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertEquals("The line has 1 cell, not number, title and estimate.", problems.get(0).message());
        assertEquals(3, problems.get(1).line());
        assertEquals("The item has no title.", problems.get(1).message());
        assertEquals("\"ninety\" is not a time estimate in whole minutes.", problems.get(2).message());
        assertEquals(PastedItems.FIELD, problems.get(2).path());
    }
}
