package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Your first meeting" is a file that works: the text shown is docs/first-meeting.yaml, and it plans. */
class FirstMeetingTest {

    private static final Path ROOT = Path.of(System.getProperty("agenda.datasets", "../datasets"), "..");

    @TempDir
    Path directory;

    @Test
    void theReadmeShowsTheShippedFirstMeeting() throws Exception {
        var readme = Files.readString(ROOT.resolve("README.md"));
        var meeting = Files.readString(ROOT.resolve("docs/first-meeting.yaml"));
        assertTrue(readme.contains("```yaml\n" + meeting + "```"), "README's first meeting differs from the file");
    }

    @Test
    void theFirstMeetingSolvesWithEveryItemPlacedAndRenders() {
        var solved = directory.resolve("first-meeting.solved.yaml");
        var solve = CommandRun.of("solve", ROOT.resolve("docs/first-meeting.yaml").toString(), "-o", solved.toString());
        assertEquals(ExitCodes.OK, solve.exitCode(), solve.err());
        assertTrue(solve.out().contains("Score: 0hard/0medium/"), solve.out());
        assertTrue(solve.out().contains("Water and sanitation (continued)"), solve.out());

        var render = CommandRun.of("render", solved.toString(), "--lang", "fr");
        assertEquals(ExitCodes.OK, render.exitCode(), render.err());
        assertTrue(render.out().contains("Adoption of the report"), render.out());
    }
}
