package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A guess at the id meant: a likely typo is named, another id altogether is not. */
class NameGuessTest {

    private static final List<String> SESSIONS = List.of("tue-am", "tue-pm", "wed-am", "wed-pm");

    @Test
    void aTypoIsNamed() {
        assertEquals("Did you mean \"tue-pm\"? ", NameGuess.didYouMean("tue-pn", SESSIONS));
        assertEquals(List.of("tue-pm"), NameGuess.closest("TUE-PM", SESSIONS), "case does not count");
    }

    @Test
    void idsEquallyClose() {
        // thu-am is one edit from tue-am, and two from wed-am, tue-pm: a guess names only the closest.
        assertEquals(List.of("tue-am"), NameGuess.closest("thu-am", SESSIONS));
        assertEquals("Did you mean \"1a\" or \"1b\"? ", NameGuess.didYouMean("1", List.of("1a", "1b", "2")));
    }

    @Test
    void aShortIdThatIsAnotherIdIsNotGuessed() {
        // "9" and "1" differ in their only character: "9" is not a typo of "1".
        assertEquals("", NameGuess.didYouMean("9", List.of("1", "2", "3")));
        assertEquals("", NameGuess.didYouMean("fri-am", SESSIONS));
        assertEquals(List.of("3"), NameGuess.closest("3b", List.of("1a", "2", "3")));
    }

    @Test
    void twoNeighboursSwappedAreOneEdit() {
        assertEquals(1, NameGuess.editDistance("ruels", "rules"));
        assertEquals(List.of("rules"), NameGuess.closest("ruels", List.of("rules", "items", "meeting")));
        assertEquals(3, NameGuess.editDistance("tue-pm", "wed-pm"), "three letters changed, none swapped");
    }

    @Test
    void aMisspeltFieldGetsItsGuessOrTheFieldsAllowed() {
        assertEquals("Did you mean \"lastSession\"?",
                ParseErrorMessages.unknownFieldFix("lastSesion", List.of("duration", "lastSession", "title")));
        assertEquals("Remove it; the fields allowed here are duration, title.",
                ParseErrorMessages.unknownFieldFix("rapporteur", List.of("duration", "title")));
    }
}
