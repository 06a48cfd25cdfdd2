package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the seed with one date moved away from the meeting's two days, when it is solved and scored through the
 * command line, then nothing is placed at a wrapped-around minute: a session in 6200 is refused, one months away is
 * planned in its own hours and its file scores, a notBefore after every session leaves the item out with the reason,
 * a notAfter long after them constrains nothing, and a draft that ignores a notBefore is told by exactly how much.
 */
class DatesFarFromTheMeetingCommandTest {

    private static final String WED_PM = "\"date\": \"2020-03-18\", \"start\": \"15:00\"";
    private static final String ITEM_4 = "\"duration\": \"PT15M\",";

    @TempDir
    Path directory;

    @Test
    void aSessionInTheYear6200IsRefusedAsInvalidInput() throws Exception {
        var file = seedWith("far.json", WED_PM, "\"date\": \"6200-01-01\", \"start\": \"15:00\"");
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", file.toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("sessions[3]"), run.err());
        assertTrue(run.err().contains("Fix:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void aSessionMonthsAwayIsPlannedInItsOwnHoursAndItsFileScores() throws Exception {
        var file = seedWith("december.json", WED_PM, "\"date\": \"2020-12-01\", \"start\": \"15:00\"");
        var output = directory.resolve("out.json");

        var run = CommandRun.of("solve", file.toString(), "-o", output.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Tuesday, 1 December"), run.out());
        var solved = MeetingReader.read(output);
        var inDecember = solved.programme().segments().stream().filter(segment -> segment.session().equals("wed-pm"))
                .toList();
        assertFalse(inDecember.isEmpty(), solved.programme().toString());
        inDecember.forEach(segment -> assertTrue(segment.start().getHour() >= 15 && segment.end().getHour() <= 18,
                segment.toString()));
        var score = CommandRun.of("score", output.toString());
        assertEquals(ExitCodes.OK, score.exitCode(), score.out() + score.err());
        assertTrue(score.out().startsWith("Score: " + solved.programme().score()), score.out());
    }

    private Path seedWith(String name, String from, String to) throws Exception {
        var text = Files.readString(Datasets.seed());
        assertTrue(text.contains(from), from);
        var file = directory.resolve(name);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return file;
    }
}
