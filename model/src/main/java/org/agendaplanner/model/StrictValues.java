package org.agendaplanner.model;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads every value exactly as written or not at all: dates, times and date-times in one exact pattern, resolved
 * strictly (no 30 February, no 24:00, no trailing space, no date with a time in it), and texts within
 * {@link ReadingLimits#MAX_TEXT_LENGTH}, with no control characters in ids and references. A refused value is
 * noted as a problem of the file, which is then refused as a whole; nothing is silently read as another value.
 */
final class StrictValues {

    /** Four-digit years: {@code uuuu} alone would also take "+12345-01-01". */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DATE).appendLiteral('T').append(TIME)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern DATE_TIME_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    /**
     * Fields (or lists) whose texts are ids, references to ids, codes or agenda numbers: one line each, shown in
     * messages, tables and file names, so a control character or line break in one is always a mistake.
     */
    private static final Set<String> IDENTIFIER_FIELDS = Set.of("format", "id", "number", "body", "bodies", "session",
            "after", "together", "preferred", "item", "unscheduled", "languages", "timeZone", "order");

    private StrictValues() {
    }

    static SimpleModule module() {
        var module = new SimpleModule("StrictValues");
        module.addDeserializer(LocalDate.class, new TemporalDeserializer<>(LocalDate.class, DATE, LocalDate::from,
                DATE_SHAPE));
        module.addDeserializer(LocalTime.class, new TemporalDeserializer<>(LocalTime.class, TIME, LocalTime::from,
                TIME_SHAPE));
        module.addDeserializer(LocalDateTime.class, new TemporalDeserializer<>(LocalDateTime.class, DATE_TIME,
                LocalDateTime::from, DATE_TIME_SHAPE));
        module.addDeserializer(String.class, new CheckedStringDeserializer());
        module.addDeserializer(Duration.class, new DurationDeserializer());
        return module;
    }

    /** Notes a refused value; without a collector (a mapper used on its own) the parser stops at it instead. */
    private static void refuse(JsonParser parser, DeserializationContext context, String message, String fix)
            throws IOException {
        if (context.getAttribute(ParseProblemCollector.class) instanceof ParseProblemCollector collector) {
            collector.problems.add(ParseProblemCollector.located(context, parser,
                    ParseErrorMessages.pathOf(parser.getParsingContext()), message, fix));
        } else {
            throw new RefusedValueException(parser, message, fix);
        }
    }

    /**
     * ISO 8601 durations exactly as written. The lenient reader trims the text first, which also drops control
     * characters ({@code "\u001bPT20M"} was read as 20 minutes), and takes a bare number as seconds.
     */
    private static final class DurationDeserializer extends JsonDeserializer<Duration> {

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                return (Duration) context.handleUnexpectedToken(Duration.class, parser);
            }
            var text = parser.getText();
            boolean spaced = !text.equals(text.strip()) || text.codePoints().anyMatch(Character::isISOControl);
            try {
                if (!spaced) {
                    return Duration.parse(text);
                }
            } catch (DateTimeException e) {
                // refused below
            }
            refuse(parser, context, "The value " + ParseErrorMessages.quote(text) + " is not a valid duration"
                    + (spaced ? ": it has a space or a control character in it" : "") + ".",
                    ParseErrorMessages.exampleFor(Duration.class));
            return null;
        }
    }

    private static final class TemporalDeserializer<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final DateTimeFormatter format;
        private final Function<java.time.temporal.TemporalAccessor, T> query;
        private final Pattern shape;

        TemporalDeserializer(Class<T> type, DateTimeFormatter format,
                Function<java.time.temporal.TemporalAccessor, T> query, Pattern shape) {
            this.type = type;
            this.format = format;
            this.query = query;
            this.shape = shape;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                @SuppressWarnings("unchecked")
                var handled = (T) context.handleUnexpectedToken(type, parser);
                return handled;
            }
            var text = parser.getText();
            try {
                var value = format.parse(text, query::apply);
                if (type != LocalTime.class && format.parse(text).get(ChronoField.YEAR) < 1) {
                    throw new DateTimeException("year 0");
                }
                return value;
            } catch (DateTimeException e) {
                refuse(parser, context, "The value " + ParseErrorMessages.quote(text) + " is not a valid "
                        + ParseErrorMessages.describeType(type) + reason(text) + ".",
                        ParseErrorMessages.exampleFor(type));
                return null;
            }
        }

        /** Why a value that looks nearly right is refused, so that the planner sees what to change. */
        private String reason(String text) {
            if (!text.equals(text.strip())) {
                return ": it has a space before or after it";
            }
            if (type == LocalDate.class && DATE_TIME_SHAPE.matcher(text).matches()) {
                return ": a date is written without a time of day";
            }
            if (type == LocalTime.class && text.matches("\\d:\\d{2}")) {
                return ": write the hour with two digits, e.g. \"0" + text + "\"";
            }
            if (!shape.matcher(text).matches()) {
                return "";
            }
            var date = type == LocalTime.class ? null : text.substring(0, 10);
            var time = type == LocalDate.class ? null : text.substring(text.length() - 5);
            if (date != null) {
                int year = Integer.parseInt(date.substring(0, 4));
                int month = Integer.parseInt(date.substring(5, 7));
                int day = Integer.parseInt(date.substring(8, 10));
                if (year < 1) {
                    return ": years start at 0001";
                } else if (month < 1 || month > 12) {
                    return ": months run from 01 to 12";
                } else if (day < 1) {
                    return ": days start at 01";
                }
                var yearMonth = java.time.YearMonth.of(year, month);
                if (day > yearMonth.lengthOfMonth()) {
                    return ": " + yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " " + year + " has " + yearMonth.lengthOfMonth() + " days";
                }
            }
            if (time != null) {
                if (time.equals("24:00")) {
                    return ": hours run from 00 to 23, and a day ends at 23:59";
                } else if (Integer.parseInt(time.substring(0, 2)) > 23) {
                    return ": hours run from 00 to 23";
                } else if (Integer.parseInt(time.substring(3, 5)) > 59) {
                    return ": minutes run from 00 to 59";
                }
            }
            return "";
        }
    }

    /**
     * Jackson's own reading of texts (numbers and booleans taken as their text, objects refused), then the checks
     * of this format on the text read.
     */
    private static final class CheckedStringDeserializer extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return text;
            }
            if (text.length() > ReadingLimits.MAX_TEXT_LENGTH) {
                refuse(parser, context, "The text is " + String.format("%,d", text.length())
                        + " characters long; texts are limited to " + String.format("%,d", ReadingLimits.MAX_TEXT_LENGTH)
                        + ".", "Shorten it: a title or a note of a paragraph is plenty.");
                return text;
            }
            var identifier = isIdentifier(parser);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (identifier ? !isAllowedInIdentifier(c) : !isAllowedInText(c)) {
                    refuse(parser, context, (identifier ? "The id or reference " : "The text ")
                            + ParseErrorMessages.quote(excerpt(text, i)) + " contains " + describe(c) + ".",
                            identifier ? "Remove it: ids and references are one line of visible characters."
                                    : "Remove it, or write a line break as \\n.");
                    break;
                }
            }
            return text;
        }

        /** Enough of a long text around position {@code at} to find the place. */
        private static String excerpt(String text, int at) {
            if (text.length() <= 60) {
                return text;
            }
            int from = Math.max(0, at - 30);
            int to = Math.min(text.length(), at + 30);
            return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        }

        /** {@code items[3].after[0]} names a list of ids; {@code items[3].id} an id. */
        private static boolean isIdentifier(JsonParser parser) {
            var context = parser.getParsingContext();
            var field = context.inArray() ? context.getParent().getCurrentName() : context.getCurrentName();
            return field != null && IDENTIFIER_FIELDS.contains(field);
        }

        private static boolean isAllowedInIdentifier(char c) {
            return !Character.isISOControl(c) && !isLineSeparator(c);
        }

        /** Titles and notes may run over several lines; other control characters are noise from a copy and paste. */
        private static boolean isAllowedInText(char c) {
            return c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c);
        }

        private static boolean isLineSeparator(char c) {
            return c == '\u2028' || c == '\u2029' || c == '\u0085';
        }

        private static String describe(char c) {
            return switch (c) {
                case '\n' -> "a line break (\\n)";
                case '\r' -> "a carriage return (\\r)";
                case '\t' -> "a tab (\\t)";
                case '\0' -> "a NUL character (\\u0000)";
                case '\u2028', '\u2029', '\u0085' -> "a line separator (" + Problem.visible(String.valueOf(c)) + ")";
                default -> "a control character (" + Problem.visible(String.valueOf(c)) + ")";
            };
        }
    }

    /** A refused value where no collector takes note of it. */
    static final class RefusedValueException extends com.fasterxml.jackson.databind.JsonMappingException {

        private static final long serialVersionUID = 1L;

        private final String fix;

        RefusedValueException(JsonParser parser, String message, String fix) {
            super(parser, message);
            this.fix = fix;
        }

        String fix() {
            return fix;
        }
    }
}
