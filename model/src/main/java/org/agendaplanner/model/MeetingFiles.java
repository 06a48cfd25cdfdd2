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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
    private static final ObjectMapper YAML = configure(new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(yamlLimits())
            .build()));

    private MeetingFiles() {
    }

    /**
     * Read limits, set so that a hostile or corrupt file is refused with a message instead of exhausting memory or
     * stack: a meeting file nests about six levels deep, its longest text is a paragraph-long title or note, and
     * its numbers are small counts. The document limit repeats {@link #MAX_FILE_BYTES} for text that does not come
     * from a file.
     */
    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(100_000)
                .maxNumberLength(20)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build());
        // A null entry in a list (an item, a session, an id) has no meaning; refusing it here spares every reader a
        // null check.
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
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

    /** SnakeYAML's own limits: its 3 MB default would refuse YAML that JSON accepts; aliases stay few (no "billion laughs"). */
    private static LoaderOptions yamlLimits() {
        var options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setNestingDepthLimit(64);
        options.setMaxAliasesForCollections(50);
        return options;
    }

    /**
     * Reads, parses and validates a meeting file; every problem found is in the exception. A syntax error stops the
     * parser, so only the first is reported; bad values and unknown fields are collected, and then every problem the
     * validator finds elsewhere in the file.
     */
    public static MeetingFile read(Path file) throws InvalidInputException {
        var name = file.toString();
        var text = readText(file);
        var collector = new ProblemCollector();
        var meeting = parse(name, text, isYaml(file), collector);
        var problems = new ArrayList<>(collector.problems);
        MeetingValidator.validate(meeting).stream()
                .filter(problem -> collector.problems.stream().noneMatch(found -> covers(found.path(), problem.path())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        return meeting;
    }

    /** Parses without validating; for tools that report problems themselves. */
    public static MeetingFile parse(String name, String text, boolean yaml) throws InvalidInputException {
        var collector = new ProblemCollector();
        var meeting = parse(name, text, yaml, collector);
        if (!collector.problems.isEmpty()) {
            throw new InvalidInputException(name, collector.problems);
        }
        return meeting;
    }

    private static MeetingFile parse(String name, String text, boolean yaml, ProblemCollector collector)
            throws InvalidInputException {
        if (text.isBlank()) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is empty.",
                    "Start from a shipped dataset, e.g. datasets/ctoc-cop-wg6-2020.json.")));
        }
        var mapper = yaml ? YAML : JSON;
        try {
            return mapper.readerFor(MeetingFile.class).withHandler(collector).readValue(text);
        } catch (JsonProcessingException e) {
            var problems = new ArrayList<>(collector.problems);
            problems.add(problemFrom(e, yaml));
            throw new InvalidInputException(name, problems);
        } finally {
            collector.placeUnknownFields(mapper, text);
        }
    }

    /** A problem at {@code path} already explains whatever is wrong at or below it ("missing" after "not a date"). */
    private static boolean covers(String path, String other) {
        return other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "[");
    }

    /**
     * Lets the parser go on past a bad value or an unknown field, noting the problem, so that one run reports them
     * all. The value is read as absent, which the validator copes with. A bad entry of a list still stops the
     * parser: a list with a hole in it would only cause confusing problems further on.
     */
    private static final class ProblemCollector extends DeserializationProblemHandler {

        final List<Problem> problems = new ArrayList<>();
        /** Unknown fields whose place the parser did not know when they were found. */
        private final List<Problem> unplaced = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            var known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
            // Records keep unknown fields aside until the object ends and replay them from a buffer that knows no
            // place; the reading parser then stands at the object's end, its context is the object's own place, and
            // its line and column are those of the closing brace, until placeUnknownFields finds the field's own.
            var buffered = parser != context.getParser();
            var path = buffered ? joined(pathOf(context.getParser().getParsingContext()), propertyName)
                    : pathOf(valueContext(parser));
            var problem = located(context, parser, path, unknownFieldMessage(propertyName),
                    unknownFieldFix(propertyName, known));
            if (buffered) {
                unplaced.add(problem);
            }
            problems.add(problem);
            parser.skipChildren();
            return true;
        }

        /**
         * Gives each unknown field that was read from a record's buffer the line and column of its name, found by
         * reading the text once more: a planner looks for the misspelt field, not for the end of its object.
         */
        void placeUnknownFields(ObjectMapper mapper, String text) {
            if (unplaced.isEmpty()) {
                return;
            }
            var byPath = new HashMap<String, Problem>();
            unplaced.forEach(problem -> byPath.putIfAbsent(problem.path(), problem));
            try (var parser = mapper.getFactory().createParser(text)) {
                for (var token = parser.nextToken(); token != null && !byPath.isEmpty(); token = parser.nextToken()) {
                    if (token != JsonToken.FIELD_NAME) {
                        continue;
                    }
                    var problem = byPath.remove(pathOf(parser.getParsingContext()));
                    if (problem != null) {
                        var location = parser.currentTokenLocation();
                        problems.set(problems.indexOf(problem), new Problem(problem.path(), problem.message(),
                                problem.fix(), location.getLineNr(), location.getColumnNr()));
                    }
                }
            } catch (IOException e) {
                // The first reading already reported what is wrong with the text; the end of the object will do.
            }
            unplaced.clear();
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                String failureMessage) {
            var parser = context.getParser();
            if (!isFieldValue(parser)) {
                return NOT_HANDLED;
            }
            problems.add(located(context, parser, pathOf(parser.getParsingContext()), "The value " + quote(value)
                    + " is not a valid " + describeType(targetType) + ".", exampleFor(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                JsonParser parser, String failureMessage) throws IOException {
            if (!isFieldValue(parser)) {
                return NOT_HANDLED;
            }
            var type = targetType.getRawClass();
            var problem = located(context, parser, pathOf(valueContext(parser)), "Expected " + describeType(type)
                    + " here.", exampleFor(type));
            parser.skipChildren(); // may hit a read limit, which then is the problem to report
            problems.add(problem);
            return null;
        }

        /** A field of an object may be read as absent; an entry of a list or the whole document may not. */
        private static boolean isFieldValue(JsonParser parser) {
            var context = valueContext(parser);
            return context != null && context.inObject() && context.getParent() != null;
        }

        /** The context holding the current value: for an object or list, the one around it. */
        private static JsonStreamContext valueContext(JsonParser parser) {
            var token = parser.currentToken();
            return token != null && token.isStructStart() ? parser.getParsingContext().getParent()
                    : parser.getParsingContext();
        }

        /** Where the parser is; a buffering parser (used for records) may not know, and then the reading one does. */
        private static Problem located(DeserializationContext context, JsonParser parser, String path, String message,
                String fix) {
            var location = parser.currentTokenLocation();
            if (location.getLineNr() < 1) {
                location = context.getParser().currentTokenLocation();
            }
            return new Problem(path, message, fix, location.getLineNr() < 1 ? null : location.getLineNr(),
                    location.getColumnNr() < 1 ? null : location.getColumnNr());
        }
    }

    /** {@code items[5].lastSession}, from the parser's context. */
    private static String pathOf(JsonStreamContext context) {
        var names = new ArrayList<String>();
        for (var level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                names.add(0, "[" + Math.max(0, level.getCurrentIndex()) + "]");
            } else if (level.getCurrentName() != null) {
                names.add(0, "." + level.getCurrentName());
            }
        }
        var path = String.join("", names);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String joined(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String unknownFieldMessage(String name) {
        return "Unknown field \"" + name + "\".";
    }

    private static String unknownFieldFix(String name, List<String> known) {
        var closest = closest(name, known);
        return closest == null
                ? "Remove it; the fields allowed here are " + String.join(", ", known) + "."
                : "Did you mean \"" + closest + "\"?";
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
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the file whole or not at all: into a temporary file beside it, then moved into place. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        var absolute = target.toAbsolutePath();
        var directory = absolute.getParent();
        var temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
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

    private static Problem problemFrom(JsonProcessingException e, boolean yaml) {
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
        var path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message;
        String fix;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = unknownFieldMessage(unknown.getPropertyName());
            fix = unknownFieldFix(unknown.getPropertyName(),
                    unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
        } else if (e instanceof InvalidFormatException format) {
            message = "The value " + quote(format.getValue()) + " is not a valid "
                    + describeType(format.getTargetType()) + ".";
            fix = exampleFor(format.getTargetType());
        } else if (e instanceof ValueInstantiationException instantiation) {
            var cause = instantiation.getCause() == null ? instantiation.getOriginalMessage()
                    : instantiation.getCause().getMessage();
            message = "Invalid value: " + cause + ".";
            fix = "See the file format in the README.";
        } else if (e instanceof InvalidNullException) {
            message = "An empty entry (null) is not allowed here.";
            fix = "Remove the null, or write the entry in full.";
        } else if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token")) {
            message = "More follows the end of the meeting.";
            fix = "A file holds one meeting: remove what follows its closing brace, or merge it into the meeting.";
        } else if (e instanceof MismatchedInputException mismatch) {
            var type = mismatch.getTargetType();
            message = "Expected " + (type == null ? "a different kind of value" : describeType(type)) + " here.";
            fix = type == null ? "See the file format in the README." : exampleFor(type);
        } else if (causeOf(e, StreamConstraintsException.class) instanceof StreamConstraintsException limit) {
            message = "The file goes beyond a reading limit: " + limit.getOriginalMessage() + ".";
            fix = "A meeting file nests a few levels deep and holds short numbers and texts; check that this is the "
                    + "file you meant.";
        } else if (e.getOriginalMessage().startsWith("Duplicate field")) {
            message = "Not valid JSON: " + e.getOriginalMessage() + ".";
            fix = "Keep only one of them.";
        } else if (causeOf(e, MarkedYAMLException.class) instanceof MarkedYAMLException marked) {
            message = "Not valid YAML: " + (marked.getContext() == null ? "" : marked.getContext() + ", ")
                    + marked.getProblem() + ".";
            fix = "Check the indentation (spaces, not tabs), the colons and the quotes near that place.";
        } else {
            message = "Not valid " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".";
            fix = "Check the brackets, commas and quotes near that place.";
        }
        return new Problem(path, message, fix, line, column);
    }

    /** Jackson wraps the parser's own exceptions, sometimes twice; the innermost says most. */
    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
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
            case "List", "ArrayList" -> "list";
            case "Map", "LinkedHashMap" -> "object";
            case "MeetingFile" -> "one meeting (an object in curly braces)";
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
            case "List", "ArrayList" -> "Write a list in square brackets, e.g. [\"2\", \"3\"].";
            case "Map", "LinkedHashMap" -> "Write an object in curly braces, e.g. {\"en\": \"Other matters\"}.";
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
