package org.agendaplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns what the parser says about a file into a planner's {@link Problem}: where, what, and how to fix it. */
final class ParseErrorMessages {

    private ParseErrorMessages() {
    }

    /** The problem that stopped the parser. */
    static Problem problemFrom(JsonProcessingException e, boolean yaml) {
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

    /** {@code items[5].lastSession}, from the parser's context. */
    static String pathOf(JsonStreamContext context) {
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

    static String joined(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String unknownFieldMessage(String name) {
        return "Unknown field \"" + name + "\".";
    }

    static String unknownFieldFix(String name, List<String> known) {
        var closest = ClosestName.closest(name, known);
        return closest == null
                ? "Remove it; the fields allowed here are " + String.join(", ", known) + "."
                : "Did you mean \"" + closest + "\"?";
    }

    static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    static String describeType(Class<?> type) {
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

    static String exampleFor(Class<?> type) {
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
}
