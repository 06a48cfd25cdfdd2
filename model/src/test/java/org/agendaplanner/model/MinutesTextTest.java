package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinutesTextTest {

    @Test
    void minutesUnderTwoHoursReadAsMinutesUnlessWholeHours() {
        assertEquals("5 minutes", MinutesText.of(5));
        assertEquals("45 minutes", MinutesText.of(45));
        assertEquals("1 h", MinutesText.of(60));
        assertEquals("90 minutes", MinutesText.of(90));
    }

    @Test
    void longerSpansReadAsHoursAndMinutes() {
        assertEquals("2 h", MinutesText.of(120));
        assertEquals("4 h 45 min", MinutesText.of(285));
        assertEquals("12 h 30 min", MinutesText.of(750));
    }
}
