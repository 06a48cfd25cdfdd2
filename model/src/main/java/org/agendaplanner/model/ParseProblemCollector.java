package org.agendaplanner.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Lets the parser go on past a bad value or an unknown field, noting the problem, so that one run reports them
 * all. The value is read as absent, which the validator copes with. A bad entry of a list still stops the
 * parser: a list with a hole in it would only cause confusing problems further on.
 */
final class ParseProblemCollector extends DeserializationProblemHandler {

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
        var path = buffered
                ? ParseErrorMessages.joined(ParseErrorMessages.pathOf(context.getParser().getParsingContext()),
                        propertyName)
                : ParseErrorMessages.pathOf(valueContext(parser));
        var problem = located(context, parser, path, ParseErrorMessages.unknownFieldMessage(propertyName),
                ParseErrorMessages.unknownFieldFix(propertyName, known));
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
                var problem = byPath.remove(ParseErrorMessages.pathOf(parser.getParsingContext()));
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
        problems.add(located(context, parser, ParseErrorMessages.pathOf(parser.getParsingContext()),
                "The value " + ParseErrorMessages.quote(value) + " is not a valid "
                        + ParseErrorMessages.describeType(targetType) + ".",
                ParseErrorMessages.exampleFor(targetType)));
        return null;
    }

    /** A number of the wrong kind, such as 1.5 for a count: refused, never rounded into another value. */
    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
            String failureMessage) throws IOException {
        var parser = context.getParser();
        if (!isFieldValue(parser)) {
            return NOT_HANDLED;
        }
        problems.add(located(context, parser, ParseErrorMessages.pathOf(parser.getParsingContext()),
                "The value " + parser.getText() + " is not a valid " + ParseErrorMessages.describeType(targetType) + ".",
                ParseErrorMessages.exampleFor(targetType)));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
            JsonParser parser, String failureMessage) throws IOException {
        if (!isFieldValue(parser)) {
            return NOT_HANDLED;
        }
        var type = targetType.getRawClass();
        // A single value of the wrong kind ("four", "true" in quotes, 900 for a duration) is quoted as written.
        var message = token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL && isSingleValue(type)
                ? "The value " + (token == JsonToken.VALUE_STRING ? ParseErrorMessages.quote(parser.getText())
                        : parser.getText()) + " is not a valid " + ParseErrorMessages.describeType(type) + "."
                : "Expected " + ParseErrorMessages.describeType(type) + " here.";
        var problem = located(context, parser, ParseErrorMessages.pathOf(valueContext(parser)), message,
                ParseErrorMessages.exampleFor(type));
        parser.skipChildren(); // may hit a read limit, which then is the problem to report
        problems.add(problem);
        return null;
    }

    /** A type written as one scalar value in the file, not as an object or a list. */
    private static boolean isSingleValue(Class<?> type) {
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type == String.class || type == java.time.Duration.class
                || java.time.temporal.TemporalAccessor.class.isAssignableFrom(type);
    }

    /** A field of an object may be read as absent; an entry of a list or the whole document may not. */
    static boolean isFieldValue(JsonParser parser) {
        var context = valueContext(parser);
        return context != null && context.inObject() && context.getParent() != null;
    }

    /** The context holding the current value: for an object or list, the one around it. */
    static JsonStreamContext valueContext(JsonParser parser) {
        var token = parser.currentToken();
        return token != null && token.isStructStart() ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
    }

    /** Where the parser is; a buffering parser (used for records) may not know, and then the reading one does. */
    static Problem located(DeserializationContext context, JsonParser parser, String path, String message,
            String fix) {
        var location = parser.currentTokenLocation();
        if (location.getLineNr() < 1) {
            location = context.getParser().currentTokenLocation();
        }
        return new Problem(path, message, fix, location.getLineNr() < 1 ? null : location.getLineNr(),
                location.getColumnNr() < 1 ? null : location.getColumnNr());
    }
}
