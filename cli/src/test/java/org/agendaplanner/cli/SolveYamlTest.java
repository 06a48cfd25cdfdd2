package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda solve -o x.yaml} writes YAML: the same meeting and programme as the JSON it would write. */
class SolveYamlTest {

    @TempDir
    Path directory;

    @Test
    void writesYamlForAYamlOutputAndJsonOtherwiseWithTheSameContent() throws Exception {
        var yaml = directory.resolve("seed.solved.yaml");
        var json = directory.resolve("seed.solved.json");

        var yamlRun = CommandRun.of("solve", Datasets.seed().toString(), "-o", yaml.toString(), "--quiet");
        var jsonRun = CommandRun.of("solve", Datasets.seed().toString(), "-o", json.toString(), "--quiet");

        assertEquals(ExitCodes.OK, yamlRun.exitCode(), yamlRun.err());
        assertEquals(ExitCodes.OK, jsonRun.exitCode(), jsonRun.err());
        var text = Files.readString(yaml);
        assertTrue(text.startsWith("format: agenda-planner/1\n"), text);
        assertTrue(text.contains("\nprogramme:\n  score: 0hard/0medium/-45soft\n"), text);
        // Times stay quoted, so that no YAML reader takes 10:00 for a number.
        assertTrue(text.contains("start: \"10:00\""), text);
        assertTrue(Files.readString(json).startsWith("{"));
        assertEquals(MeetingReader.read(json), MeetingReader.read(yaml));
    }

    @Test
    void aSolvedYamlFileIsReadBackByEveryCommand() throws Exception {
        var yaml = directory.resolve("seed.solved.yml");
        CommandRun.of("solve", Datasets.seed().toString(), "-o", yaml.toString(), "--quiet");

        var validate = CommandRun.of("validate", yaml.toString());
        var score = CommandRun.of("score", yaml.toString());
        var render = CommandRun.of("render", yaml.toString(), "--lang", "zh");

        assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("with a programme"), validate.out());
        assertEquals(ExitCodes.OK, score.exitCode(), score.err());
        assertTrue(score.out().contains("0hard/0medium/-45soft"), score.out());
        assertEquals(ExitCodes.OK, render.exitCode(), render.err());
        assertTrue(render.out().contains("（续）"), render.out());
    }

    @Test
    void theDefaultOutputKeepsTheInputsKind() {
        assertEquals(Path.of("m.solved.yaml"), SolveCommand.defaultOutput(Path.of("plans/m.yaml")));
        assertEquals(Path.of("m.solved.yaml"), SolveCommand.defaultOutput(Path.of("m.yml")));
        assertEquals(Path.of("m.solved.json"), SolveCommand.defaultOutput(Path.of("m.json")));
        assertFalse(MeetingYaml.isYaml(Path.of("m.yaml.json")));
    }
}
