package org.agendaplanner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

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
        var source = MeetingSource.load(file);
        var collector = new ParseProblemCollector();
        var meeting = parse(source.name(), source.text(), source.yaml(), collector);
        var problems = new ArrayList<>(collector.problems);
        MeetingValidator.validate(meeting).stream()
                .filter(problem -> collector.problems.stream().noneMatch(found -> covers(found.path(), problem.path())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source.name(), problems);
        }
        return meeting;
    }

    /** Parses without validating; for tools that report problems themselves. */
    public static MeetingFile parse(String name, String text, boolean yaml) throws InvalidInputException {
        var collector = new ParseProblemCollector();
        var meeting = parse(name, text, yaml, collector);
        if (!collector.problems.isEmpty()) {
            throw new InvalidInputException(name, collector.problems);
        }
        return meeting;
    }

    private static MeetingFile parse(String name, String text, boolean yaml, ParseProblemCollector collector)
            throws InvalidInputException {
        if (text.isBlank()) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is empty.",
                    "Start from a shipped dataset, e.g. datasets/ctoc-cop-wg6-2020.json.")));
        }
        var mapper = yaml ? MeetingMappers.YAML : MeetingMappers.JSON;
        try {
            return mapper.readerFor(MeetingFile.class).withHandler(collector).readValue(text);
        } catch (JsonProcessingException e) {
            var problems = new ArrayList<>(collector.problems);
            problems.add(ParseErrorMessages.problemFrom(e, yaml));
            throw new InvalidInputException(name, problems);
        } finally {
            collector.placeUnknownFields(mapper, text);
        }
    }

    /** A problem at {@code path} already explains whatever is wrong at or below it ("missing" after "not a date"). */
    private static boolean covers(String path, String other) {
        return other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "[");
    }
}
