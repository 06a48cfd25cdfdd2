package org.agendaplanner.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The text of a meeting file as it is on disk, with the name messages give it and the syntax it is in. */
record MeetingSource(String name, String text, boolean yaml) {

    static MeetingSource load(Path file) throws InvalidInputException {
        return new MeetingSource(file.toString(), readText(file), isYaml(file));
    }

    private static boolean isYaml(Path file) {
        var lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String readText(Path file) throws InvalidInputException {
        var name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(name, List.of(Problem.at("", "No such file.",
                        "Check the path; it is taken relative to the current directory.")));
            }
            if (Files.size(file) > ReadingLimits.MAX_FILE_BYTES) {
                throw new InvalidInputException(name, List.of(Problem.at("",
                        "The file is " + Files.size(file) / (1024 * 1024) + " MiB; meeting files are limited to "
                                + ReadingLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB.",
                        "Split the meeting, or check that this is the file you meant.")));
            }
            var bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is not UTF-8 text.",
                    "Save it as UTF-8 JSON or YAML.")));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file cannot be read: " + e.getMessage(),
                    "Check that it exists and that you may read it.")));
        }
    }
}
