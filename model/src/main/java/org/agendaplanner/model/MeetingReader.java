package org.agendaplanner.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads meeting files (JSON, or YAML by extension) into {@link MeetingFile}s. Reading also validates: a file that
 * comes back from {@link #read} can be planned.
 */
public final class MeetingReader {

    private MeetingReader() {
    }

    /**
     * Reads, parses and validates a meeting file; every problem found is in the exception. A syntax error stops the
     * parser, so only the first is reported; bad values and unknown fields are collected, and then every problem the
     * validator finds elsewhere in the file.
     */
    public static MeetingFile read(Path file) throws InvalidInputException {
        return read(MeetingSource.load(file));
    }

    /**
     * Reads, parses and validates a meeting file's bytes received from elsewhere (an upload), as {@link #read(Path)}
     * reads a file: the same size limit, the same UTF-8 check, the same problems in the same words.
     *
     * @param name how messages name the file
     */
    public static MeetingFile read(String name, byte[] content, boolean yaml) throws InvalidInputException {
        return read(MeetingSource.of(name, content, yaml));
    }

    private static MeetingFile read(MeetingSource source) throws InvalidInputException {
        var collector = new ParseProblemCollector();
        var meeting = parseNamingEntries(source.name(), source.text(), source.yaml(), collector);
        var problems = new ArrayList<>(collector.problems);
        MeetingValidator.validate(meeting).stream()
                .filter(problem -> collector.problems.stream().noneMatch(found -> covers(found.path(), problem.path())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source.name(), problems);
        }
        return meeting;
    }

    /**
     * Validates a meeting made in memory (a file with a re-plan's options added to its progress, say), as
     * {@link #read} validates a file: every problem is in the exception, named as coming from {@code name}.
     */
    public static void validate(String name, MeetingFile meeting) throws InvalidInputException {
        var problems = MeetingValidator.validate(meeting);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
    }

    /** Parses without validating; for tools that report problems themselves. */
    public static MeetingFile parse(String name, String text, boolean yaml) throws InvalidInputException {
        var collector = new ParseProblemCollector();
        var meeting = parseNamingEntries(name, text, yaml, collector);
        if (!collector.problems.isEmpty()) {
            throw new InvalidInputException(name, collector.problems);
        }
        return meeting;
    }

    /**
     * Parses, and names the entry of every problem by its id as the validator does ({@code items[4] (3-b).duration}).
     * Where the parser stopped, the ids come from a second, plain reading of the text, if the text allows one.
     */
    private static MeetingFile parseNamingEntries(String name, String text, boolean yaml,
            ParseProblemCollector collector) throws InvalidInputException {
        try {
            var meeting = parse(name, text, yaml, collector);
            collector.problems.replaceAll(problem -> ProblemPlaces.named(List.of(problem), meeting).get(0));
            return meeting;
        } catch (InvalidInputException e) {
            var tree = plainTree(text, yaml);
            throw new InvalidInputException(name, e.problems().stream()
                    .map(problem -> problem.message().startsWith(ParseErrorMessages.duplicateFieldMessage("id"))
                            ? problem // which of the two ids would name the entry is the question itself
                            : ProblemPlaces.named(List.of(problem), tree).get(0))
                    .toList());
        }
    }

    /** For the ids only: a field given twice, already reported, must not keep them from being found. */
    private static final ObjectMapper LENIENT_JSON = MeetingMappers.JSON.copy()
            .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);
    private static final ObjectMapper LENIENT_YAML = MeetingMappers.YAML.copy()
            .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);

    /** The file as a tree of plain values, or null when it is not well-formed (or too big) even for that. */
    private static JsonNode plainTree(String text, boolean yaml) {
        try {
            var mapper = yaml ? LENIENT_YAML : LENIENT_JSON;
            return mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static MeetingFile parse(String name, String text, boolean yaml, ParseProblemCollector collector)
            throws InvalidInputException {
        // A byte-order mark is how some editors on Windows start UTF-8; it carries no content.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is empty.",
                    "Start from a shipped dataset, e.g. datasets/ctoc-cop-wg6-2020.json.")));
        }
        var mapper = yaml ? MeetingMappers.YAML : MeetingMappers.JSON;
        var reader = mapper.readerFor(MeetingFile.class).withHandler(collector)
                .withAttribute(ParseProblemCollector.class, collector);
        JsonParser parser = null;
        try {
            parser = YamlAliasGuard.guard(mapper.createParser(text));
            MeetingFile meeting = reader.readValue(parser);
            if (parser.nextToken() != null) {
                throw MismatchedInputException.from(parser, MeetingFile.class, "Trailing token after the meeting");
            }
            return meeting;
        } catch (JsonProcessingException e) {
            var problems = new ArrayList<>(collector.problems);
            var stop = locatedAtParser(ParseErrorMessages.problemFrom(e, yaml), parser);
            // A value already found wrong can make its holder fail too ("Expected object" for a title, then the
            // title cannot be made): the first problem says it.
            if (problems.stream().noneMatch(found -> found.path().equals(stop.path()))) {
                problems.add(stop);
            }
            throw new InvalidInputException(name, problems);
        } catch (IOException e) {
            throw new IllegalStateException("Reading text from memory failed", e);
        } finally {
            closeQuietly(parser);
            collector.placeUnknownFields(mapper, text);
        }
    }

    /** Some limits of the parser are reported without a place; the parser still knows where it stopped. */
    private static Problem locatedAtParser(Problem problem, JsonParser parser) {
        if (problem.line() != null || parser == null) {
            return problem;
        }
        var location = parser.currentLocation();
        return location.getLineNr() < 1 ? problem : new Problem(problem.path(), problem.message(), problem.fix(),
                location.getLineNr(), location.getColumnNr() < 1 ? null : location.getColumnNr());
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // Nothing to release for a parser over a string.
        }
    }

    /** A problem at {@code path} already explains whatever is wrong at or below it ("missing" after "not a date"). */
    private static boolean covers(String path, String other) {
        return other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "[");
    }
}
