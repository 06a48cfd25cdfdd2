package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When several bodies meet, the CSV gives the body a column of its own, so a spreadsheet can sort by it. */
class CsvBodyColumnTest {

    @Test
    void keepsTheBodyAndTheTimeInSeparateColumns() throws Exception {
        var lines = CsvTable.render(Meetings.threeBodies(1, "Short")).lines().toList();

        assertEquals(CsvTable.BYTE_ORDER_MARK + "Date and time,Body,Agenda item,Title or description", lines.get(0));
        assertEquals("\"Monday, 5 May\",,,", lines.get(1));
        assertEquals("10 a.m.–1 p.m.,Plenary,1,Organizational matters: election of officers", lines.get(2));
    }

    @Test
    void aMeetingOfOneBodyKeepsThreeColumns() throws Exception {
        var lines = CsvTable.render(Meetings.seed(AnnexLanguage.EN)).lines().toList();

        assertEquals(CsvTable.BYTE_ORDER_MARK + "Date and time,Agenda item,Title or description", lines.get(0));
    }
}
