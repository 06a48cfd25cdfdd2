package org.agendaplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
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
        if (e instanceof StrictValues.RefusedValueException refused) {
            message = refused.getOriginalMessage();
            fix = refused.fix();
        } else if (causeOf(e, YamlAliasGuard.AliasException.class) instanceof YamlAliasGuard.AliasException alias) {
            message = "A YAML alias (*" + alias.anchor() + ") stands here; Agenda Planner reads each value where it is "
                    + "written, not through anchors and aliases.";
            fix = "Write the value out in full here, and drop the anchor &" + alias.anchor()
                    + " if nothing else uses it.";
            path = alias.path();
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            message = unknownFieldMessage(unknown.getPropertyName());
            fix = unknownFieldFix(unknown.getPropertyName(),
                    unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
        } else if (e instanceof InvalidFormatException format) {
            message = "The value " + asWritten(format) + " is not a valid "
                    + describeType(format.getTargetType()) + ".";
            fix = exampleFor(format.getTargetType());
        } else if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException refused) {
            message = "Invalid value: " + refused.getMessage() + ".";
            fix = "See the file format in the README.";
        } else if (e instanceof ValueInstantiationException instantiation) {
            // The value's own constructor failed on what it was given: a value of the wrong kind.
            var type = instantiation.getType().getRawClass();
            message = "Expected " + describeType(type) + " here.";
            fix = exampleFor(type);
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
        } else if (causeOf(e, InputCoercionException.class) instanceof InputCoercionException range) {
            var number = range.getOriginalMessage().replaceFirst("^Numeric value \\((.*?)\\).*$", "$1");
            message = "The number " + number + " is too large: whole numbers here run from "
                    + String.format("%,d", Integer.MIN_VALUE) + " to " + String.format("%,d", Integer.MAX_VALUE) + ".";
            fix = "Use a smaller number; weights and counts of a meeting are far smaller.";
        } else if (causeOf(e, StreamConstraintsException.class) instanceof StreamConstraintsException limit) {
            var sentence = limitSentence(limit.getOriginalMessage());
            message = sentence[0];
            fix = sentence[1];
        } else if (WRAPPED_LIMIT.matcher(String.valueOf(e.getOriginalMessage())).lookingAt()) {
            // A limit hit while a problem handler skipped a bad value comes wrapped, as text only, without a cause.
            var sentence = limitSentence(WRAPPED_LIMIT.matcher(e.getOriginalMessage()).replaceFirst(""));
            message = sentence[0];
            fix = sentence[1];
        } else if (DUPLICATE_FIELD.matcher(e.getOriginalMessage()).lookingAt()) {
            var matcher = DUPLICATE_FIELD.matcher(e.getOriginalMessage());
            matcher.lookingAt();
            message = duplicateFieldMessage(matcher.group(1)) + "; a second one would "
                    + "silently replace the first.";
            fix = "Keep only one of them.";
        } else if (causeOf(e, MarkedYAMLException.class) instanceof MarkedYAMLException marked) {
            message = "Not valid YAML: " + (marked.getContext() == null ? "" : marked.getContext() + ", ")
                    + marked.getProblem() + ".";
            fix = "Check the indentation (spaces, not tabs), the colons and the quotes near that place.";
        } else if (yaml) {
            message = "Not valid YAML: " + firstLine(e.getOriginalMessage()) + ".";
            fix = "Check the indentation (spaces, not tabs), the colons and the quotes near that place.";
        } else {
            var sentence = jsonSyntaxSentence(firstLine(e.getOriginalMessage()));
            message = "Not valid JSON: " + sentence[0];
            fix = sentence[1];
        }
        return new Problem(path, message, fix, line, column);
    }

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern LIMIT = Pattern.compile(".*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern WRAPPED_LIMIT = Pattern.compile(
            "Unexpected IOException \\(of type [\\w.$]*StreamConstraintsException\\): ");
    private static final Pattern CLOSE_MARKER = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at .*?line: (\\d+), column: (\\d+)");
    /** Jackson names a character as {@code ('x' (code 120))} or {@code ((CTRL-CHAR, code 0))}. */
    private static final Pattern CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)|\\('.*?' \\(code (\\d+)[^)]*\\)\\)");

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** A reading limit of Jackson's ("Document nesting depth (65) exceeds the maximum allowed (64, from ...)"). */
    private static String[] limitSentence(String original) {
        var matcher = LIMIT.matcher(original == null ? "" : original);
        var found = matcher.matches() ? String.format("%,d", Long.parseLong(matcher.group(1))) : "too many";
        var allowed = matcher.matches() ? String.format("%,d", Long.parseLong(matcher.group(2))) : "fewer";
        var check = "Check that this is the meeting file you meant.";
        if (original == null) {
            return new String[] {"The file goes beyond a reading limit.", check};
        } else if (original.startsWith("Document nesting depth")) {
            return new String[] {"The file nests " + found + " levels deep; at most " + allowed + " are read.",
                    "A meeting file nests about six levels deep: look for brackets opened and never closed. " + check};
        } else if (original.startsWith("Number value length")) {
            return new String[] {"A number of " + found + " digits; numbers are limited to " + allowed + " digits.",
                    "Weights and counts are short whole numbers. " + check};
        } else if (original.startsWith("String value length")) {
            return new String[] {"A text of " + found + " characters; texts are limited to "
                    + String.format("%,d", ReadingLimits.MAX_TEXT_LENGTH) + ".", "Shorten it. " + check};
        } else if (original.startsWith("Name length")) {
            return new String[] {"A field name of " + found + " characters; field names are limited to " + allowed
                    + ".", "Field names are the short ones of the file format (see the README). " + check};
        } else if (original.startsWith("Document length")) {
            return new String[] {"The text is longer than " + ReadingLimits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB, the limit for meeting files.", "Split the meeting. " + check};
        }
        return new String[] {"The file goes beyond a reading limit.", check};
    }

    /**
     * Jackson's JSON syntax errors as sentences: what was found and what belongs there instead. Jackson words them
     * for programmers ("Unexpected character ('}' (code 125)): was expecting double-quote to start field name").
     */
    private static String[] jsonSyntaxSentence(String original) {
        var found = foundCharacter(original);
        var near = "Check the brackets, commas and quotes near that place.";
        if (original.contains("was expecting comma to separate")) {
            return new String[] {"a comma is missing before " + found + ".",
                    "Put a comma between two entries of a list or an object. " + near};
        } else if (original.contains("was expecting double-quote to start field name")) {
            return new String[] {"expected a field name in double quotes, found " + found + ".",
                    "Write field names in double quotes (\"id\", not 'id' or id), and put no comma after the last "
                            + "entry of an object."};
        } else if (original.contains("was expecting a colon to separate field name and value")) {
            return new String[] {"a colon is missing after the field name, before " + found + ".",
                    "Write a field as \"name\": value."};
        } else if (original.contains("maybe a (non-standard) comment")) {
            return new String[] {"JSON has no comments.",
                    "Remove the comment, or put the remark in a \"note\" or \"comment\" field."};
        } else if (original.startsWith("Unexpected end-of-input")) {
            return new String[] {"the file ends before " + (original.contains("close marker for")
                    ? "every object and list is closed." : "the value in progress is complete."),
                    "Add the missing } or ], or check that the file was saved in full."};
        } else if (CLOSE_MARKER.matcher(original).lookingAt()) {
            var matcher = CLOSE_MARKER.matcher(original);
            matcher.lookingAt();
            return new String[] {"'" + matcher.group(1) + "' closes the " + (matcher.group(3).equals("Array")
                    ? "list" : "object") + " opened at line " + matcher.group(4) + ", column " + matcher.group(5)
                    + ", which needs '" + matcher.group(2) + "'.",
                    "Check that every [ is closed by ] and every { by }, in order."};
        } else if (original.startsWith("Unexpected close marker")) {
            return new String[] {"a closing bracket that matches nothing open here.",
                    "Check that every [ is closed by ] and every { by }, in order."};
        } else if (original.startsWith("Illegal unquoted character")) {
            return new String[] {"a text holds " + found + " as it is.",
                    "Write it as an escape (\\n for a line break, \\t for a tab), or remove it."};
        } else if (original.startsWith("Unrecognized character escape")) {
            return new String[] {"a text holds an unknown escape after a backslash.",
                    "Write a backslash as \\\\; the escapes are \\n, \\t, \\\" and \\uXXXX."};
        } else if (original.startsWith("Unrecognized token")) {
            var word = original.replaceFirst("^Unrecognized token '(.*?)'.*$", "$1");
            return new String[] {"the word " + quote(word) + " is not a value.",
                    "Put texts in double quotes; the only bare words in JSON are true, false and null."};
        } else if (original.contains("expected a valid value")) {
            return new String[] {"expected a value, found " + found + ".", "A value is a text in double quotes, a "
                    + "number, true, false, null, a list in [ ] or an object in { }."};
        } else if (original.contains("Leading zeroes not allowed") || original.contains("Invalid numeric value")) {
            return new String[] {"a malformed number.", "Write whole numbers without leading zeros or signs, e.g. 4."};
        }
        return new String[] {"unexpected " + found + ".", near};
    }

    /** "the character '}'", or "the control character U+0000", from Jackson's wording. */
    private static String foundCharacter(String original) {
        var matcher = CHARACTER.matcher(original);
        if (!matcher.find()) {
            return "this place";
        }
        int code = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        if (code < 0x20 || Character.isISOControl(code) || code == 0xFEFF || code == 0x2028 || code == 0x2029) {
            return "the control character " + String.format("U+%04X", code);
        }
        return "'" + new String(Character.toChars(code)) + "'";
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

    /** The start of the message for a field given twice in one object. */
    static String duplicateFieldMessage(String name) {
        return "The field \"" + name + "\" is given twice in this object";
    }

    static String unknownFieldMessage(String name) {
        return "Unknown field \"" + name + "\".";
    }

    static String unknownFieldFix(String name, List<String> known) {
        var guess = NameGuess.didYouMean(name, known).strip();
        return guess.isEmpty() ? "Remove it; the fields allowed here are " + String.join(", ", known) + "." : guess;
    }

    /** A number as the file writes it ({@code 1e8}, not {@code 1.0E8}), where the parser still stands on it. */
    private static String asWritten(InvalidFormatException format) {
        if (format.getValue() instanceof Number && format.getProcessor() instanceof JsonParser parser
                && parser.currentToken() != null && parser.currentToken().isNumeric()) {
            try {
                return parser.getText();
            } catch (java.io.IOException e) {
                // the value as read will do
            }
        }
        return quote(format.getValue());
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
