package org.agendaplanner.model;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads meeting files (JSON, or YAML by extension) into {@link MeetingFile}s, and writes them back as JSON,
 * atomically. Reading also validates: a file that comes back from {@link #read} can be planned.
 */
public final class MeetingFiles {

    /** Far beyond any real meeting; a bigger file is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));

    private MeetingFiles() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(100_000)
                .maxNumberLength(20)
                .build());
        // Convenience queries such as ItemDef.isSplittable() are not fields of the format.
        mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Reads, parses and validates a meeting file; every problem found is in the exception. */
    public static MeetingFile read(Path file) throws InvalidInputException {
        var name = file.toString();
        var text = readText(file);
        var meeting = parse(name, text, isYaml(file));
        var problems = MeetingValidator.validate(meeting);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        return meeting;
    }

    /** Parses without validating; for tools that report problems themselves. */
    public static MeetingFile parse(String name, String text, boolean yaml) throws InvalidInputException {
        if (text.isBlank()) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is empty.",
                    "Start from a shipped dataset, e.g. datasets/ctoc-cop-wg6-2020.json.")));
        }
        try {
            return (yaml ? YAML : JSON).readValue(text, MeetingFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name, List.of(problemFrom(e)));
        }
    }

    public static String toJson(MeetingFile meeting) {
        try {
            var printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(meeting) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A meeting file could not be written as JSON", e);
        }
    }

    /**
     * Writes to a temporary file beside the target and moves it into place, so that a reader never sees
     * half a file, even if this process is killed.
     */
    public static void write(MeetingFile meeting, Path target) throws IOException {
        writeAtomically(target, toJson(meeting));
    }

    public static void writeAtomically(Path target, String content) throws IOException {
        var absolute = target.toAbsolutePath();
        var directory = absolute.getParent();
        var temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
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
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidInputException(name, List.of(Problem.at("",
                        "The file is " + Files.size(file) / (1024 * 1024) + " MiB; meeting files are limited to "
                                + MAX_FILE_BYTES / (1024 * 1024) + " MiB.",
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

    private static Problem problemFrom(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
        var path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message;
        String fix;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "Unknown field \"" + unknown.getPropertyName() + "\".";
            var known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            var closest = closest(unknown.getPropertyName(), known);
            fix = closest == null
                    ? "Remove it; the fields allowed here are " + String.join(", ", known) + "."
                    : "Did you mean \"" + closest + "\"?";
        } else if (e instanceof InvalidFormatException format) {
            message = "The value " + quote(format.getValue()) + " is not a valid "
                    + describeType(format.getTargetType()) + ".";
            fix = exampleFor(format.getTargetType());
        } else if (e instanceof ValueInstantiationException instantiation) {
            var cause = instantiation.getCause() == null ? instantiation.getOriginalMessage()
                    : instantiation.getCause().getMessage();
            message = "Invalid value: " + cause + ".";
            fix = "See the file format in the README.";
        } else if (e instanceof MismatchedInputException mismatch) {
            var type = mismatch.getTargetType();
            message = "Expected " + (type == null ? "a different kind of value" : describeType(type)) + " here.";
            fix = type == null ? "See the file format in the README." : exampleFor(type);
        } else {
            message = "Not valid " + (e.getClass().getName().contains("yaml") ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".";
            fix = "Check the brackets, commas and quotes near that place.";
        }
        return new Problem(path, message, fix, line, column);
    }

    private static String pathOf(JsonMappingException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String describeType(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalTime" -> "time of day";
            case "LocalDate" -> "date";
            case "LocalDateTime" -> "date and time";
            case "Duration" -> "duration";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int" -> "whole number";
            case "String" -> "text";
            case "List" -> "list";
            case "LocalizedText" -> "text by language";
            default -> type.getSimpleName().replaceAll("Def$", "").toLowerCase(Locale.ROOT);
        };
    }

    private static String exampleFor(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalTime" -> "Write a 24-hour time as \"HH:mm\", e.g. \"15:00\".";
            case "LocalDate" -> "Write a date as \"yyyy-mm-dd\", e.g. \"2020-03-17\".";
            case "LocalDateTime" -> "Write a date and time as \"yyyy-mm-ddTHH:mm\", e.g. \"2020-03-17T15:00\".";
            case "Duration" -> "Write a duration in ISO 8601, e.g. \"PT45M\" or \"PT2H30M\".";
            case "Boolean", "boolean" -> "Write true or false, without quotes.";
            case "Integer", "int" -> "Write a whole number without quotes, e.g. 4.";
            case "String" -> "Write text in double quotes.";
            case "List" -> "Write a list in square brackets, e.g. [\"2\", \"3\"].";
            case "LocalizedText" -> "Write texts by language code, e.g. {\"en\": \"Other matters\", \"zh\": \"其他事项\"}.";
            default -> "Write an object in curly braces; see the file format in the README.";
        };
    }

    /** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
    static String closest(String typed, List<String> known) {
        return known.stream()
                .map(candidate -> new Object() {
                    final String name = candidate;
                    final int distance = editDistance(typed.toLowerCase(Locale.ROOT),
                            candidate.toLowerCase(Locale.ROOT));
                })
                .filter(scored -> scored.distance <= Math.max(2, typed.length() / 3))
                .min(Comparator.comparingInt(scored -> scored.distance))
                .map(scored -> scored.name)
                .orElse(null);
    }

    private static int editDistance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
