package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agendaplanner.model.Languages;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.Problem;
import org.agendaplanner.model.starter.MeetingStarter;
import org.agendaplanner.model.starter.MeetingStarter.Fixed;
import org.agendaplanner.model.starter.MeetingStarter.Row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The agenda items of a spreadsheet export: one row per item, a header row naming the columns. Every problem of
 * the file is collected and reported at once, with its line and column name, as for meeting files.
 */
final class ItemsCsv {

    /** The languages a {@code title_xx} column may carry. */

    static final String ESTIMATE_FIX = MeetingStarter.ESTIMATE_FIX;

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0");

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();

    private ItemsCsv(String fileName) {
        this.fileName = fileName;
    }

    /** The rows of the file, in order; every problem found is in the exception. */
    static List<Row> read(Path file, List<String> bodies) throws InvalidInputException {
        var reader = new ItemsCsv(file.toString());
        var rows = reader.rows(readText(file), bodies);
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException(reader.fileName, reader.problems);
        }
        return rows;
    }

    private List<Row> rows(String text, List<String> bodies) throws InvalidInputException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheets put before the first header
        }
        var firstLine = text.lines().findFirst().orElse("");
        // Spreadsheets in locales with a decimal comma export with semicolons.
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        var mapper = new CsvMapper();
        var schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        var records = new ArrayList<Map.Entry<Integer, List<String>>>();
        try (var iterator = mapper.readerForListOf(String.class)
                .with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .with(CsvParser.Feature.TRIM_SPACES)
                .<List<String>>readValues(text)) {
            while (iterator.hasNextValue()) {
                var values = iterator.nextValue();
                int line = iterator.getParser().currentTokenLocation().getLineNr();
                records.add(Map.entry(line, values));
            }
        } catch (IOException e) {
            var location = e instanceof JsonProcessingException parse ? parse.getLocation() : null;
            var message = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new InvalidInputException(fileName, List.of(new Problem("", "Not valid CSV: "
                    + message.lines().findFirst().orElse("") + ".",
                    "Export the sheet again as CSV (UTF-8), with quotes around cells that hold the separator.",
                    location == null || location.getLineNr() < 1 ? null : location.getLineNr(), null)));
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(fileName, List.of(Problem.at("", "The file is empty.",
                    "Give a header row (number,title,estimate) and one row per agenda item.")));
        }
        var columns = header(records.get(0).getKey(), records.get(0).getValue());
        if (!problems.isEmpty()) {
            return List.of();
        }
        if (records.size() == 1) {
            problems.add(new Problem("", "The file has a header but no agenda items.", "Add one row per item.",
                    records.get(0).getKey(), null));
        }
        var rows = new ArrayList<Row>();
        var ids = new HashSet<String>();
        for (var record : records.subList(1, records.size())) {
            var row = row(record.getKey(), record.getValue(), columns, bodies);
            if (row != null && !ids.add(row.id())) {
                problems.add(new Problem(columns.containsKey("id") ? "id" : "number", "Item id \"" + row.id()
                        + "\" is used twice.", "Give every item its own number (or its own id in an id column).",
                        row.line(), null));
            }
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Column names (lower case, as written) by their position. */
    private Map<String, Integer> header(int line, List<String> names) {
        var columns = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i).trim();
            var key = canonical(name);
            if (!known(key)) {
                var guess = closest(key);
                problems.add(new Problem(name.isEmpty() ? "column " + (i + 1) : name, "Unknown column \"" + name
                        + "\".", guess != null ? "Did you mean \"" + guess + "\"?"
                        : "Use the columns " + String.join(", ", knownColumns()) + ".", line, null));
            } else if (columns.putIfAbsent(key, i) != null) {
                problems.add(new Problem(name, "The column \"" + name + "\" is given twice.", "Keep one of them.",
                        line, null));
            }
        }
        for (var required : List.of("number", "title", "estimate")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(required, "The header has no \"" + required + "\" column.",
                        "Name the columns in the first row: number,title,estimate (and optionally body, title_fr, "
                                + "..., fixed, lastSession).", line, null));
            }
        }
        return columns;
    }

    /** {@code Title}, {@code title_en} and {@code title} are one column; {@code last_session} is lastSession. */
    private static String canonical(String name) {
        var key = name.toLowerCase(Locale.ROOT).replace(" ", "_");
        return switch (key) {
            case "title_en" -> "title";
            case "last_session", "lastsession" -> "lastsession";
            case "min_duration", "minduration", "shortest" -> "minduration";
            default -> key;
        };
    }

    private static boolean known(String key) {
        return List.of("id", "number", "title", "estimate", "body", "fixed", "lastsession", "priority", "minduration")
                .contains(key)
                || key.startsWith("title_") && Languages.isOfficial(key.substring("title_".length()));
    }

    private static List<String> knownColumns() {
        var names = new ArrayList<>(List.of("number", "title", "estimate", "body", "id", "fixed", "lastSession",
                "priority", "minDuration"));
        Languages.CODES.stream().filter(language -> !language.equals("en"))
                .forEach(language -> names.add("title_" + language));
        return names;
    }

    /** The column meant: one the name begins, or one a typo or two away. */
    private static String closest(String key) {
        var known = new ArrayList<>(knownColumns());
        known.add("title_en");
        return known.stream()
                .map(candidate -> Map.entry(candidate, distance(key, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.getValue() <= Math.max(2, key.length() / 3))
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static int distance(String typed, String candidate) {
        return typed.length() >= 3 && candidate.startsWith(typed) ? 0 : editDistance(typed, candidate);
    }

    private static int editDistance(String a, String b) {
        var distances = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    distances[i][j] = i + j;
                    continue;
                }
                int substitution = distances[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                distances[i][j] = Math.min(substitution, Math.min(distances[i - 1][j], distances[i][j - 1]) + 1);
            }
        }
        return distances[a.length()][b.length()];
    }

    private Row row(int line, List<String> values, Map<String, Integer> columns, List<String> bodies) {
        int before = problems.size();
        var number = cell(values, columns, "number");
        if (number.isEmpty()) {
            problems.add(new Problem("number", "The item has no number.", "Give the agenda number, e.g. 1 (a).", line,
                    null));
        }
        var id = columns.containsKey("id") && !cell(values, columns, "id").isEmpty() ? cell(values, columns, "id")
                : idOf(number);
        var titles = new LinkedHashMap<String, String>();
        var english = cell(values, columns, "title");
        if (!english.isEmpty()) {
            titles.put("en", english);
        }
        for (var language : Languages.CODES) {
            var text = cell(values, columns, "title_" + language);
            if (!text.isEmpty()) {
                titles.put(language, text);
            }
        }
        if (titles.isEmpty()) {
            problems.add(new Problem("title", "The item has no title.", "Give its title in the title column.", line,
                    null));
        }
        var estimate = estimate(cell(values, columns, "estimate"), line);
        var body = cell(values, columns, "body");
        if (!body.isEmpty() && !bodies.contains(body)) {
            problems.add(new Problem("body", "Unknown body \"" + body + "\".", "Use one of --bodies: "
                    + String.join(", ", bodies) + ", or leave the cell empty for " + bodies.get(0) + ".", line, null));
        }
        var fixed = fixed(cell(values, columns, "fixed"), line);
        var lastSession = yesOrNo(cell(values, columns, "lastsession"), "lastSession", line);
        var priority = cell(values, columns, "priority").toLowerCase(Locale.ROOT);
        if (!priority.isEmpty() && !ItemDef.PRIORITIES.contains(priority)) {
            problems.add(new Problem("priority", "Unknown priority \"" + priority + "\".", "Write required, normal "
                    + "or low, or leave the cell empty (normal; required for a fixed or last-session item).", line,
                    null));
        }
        var shortestText = cell(values, columns, "minduration");
        var shortest = shortestText.isEmpty() ? null : estimate(shortestText, line);
        if (shortest != null && estimate != null && shortest.compareTo(estimate) > 0) {
            problems.add(new Problem("minDuration", "The shortest time (" + shortestText + ") is longer than the "
                    + "estimate.", "Give at most the estimate: the item may be shortened from its estimate down to it.",
                    line, null));
        }
        if (values.size() > columns.size() && values.subList(columns.size(), values.size()).stream()
                .anyMatch(value -> !value.isBlank())) {
            problems.add(new Problem("", "The row has " + values.size() + " cells but the header names "
                    + columns.size() + " columns.", "Quote a cell that holds the separator, or name the column in "
                    + "the header.", line, null));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, id, number, new LocalizedText(titles), estimate, body.isEmpty() ? null : body, fixed,
                lastSession, priority.isEmpty() ? null : priority, shortest);
    }

    private static String cell(List<String> values, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        return index == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).trim();
    }

    static String idOf(String number) {
        return MeetingStarter.idOf(number);
    }

    private Duration estimate(String text, int line) {
        if (text.isEmpty()) {
            problems.add(new Problem("estimate", "The item has no time estimate.", ESTIMATE_FIX, line, null));
            return null;
        }
        var estimate = MeetingStarter.estimate(text).orElse(null);
        if (estimate == null) {
            problems.add(new Problem("estimate", "\"" + text + "\" is not a time estimate in whole minutes.",
                    ESTIMATE_FIX, line, null));
            return null;
        }
        if (estimate.compareTo(Duration.ofHours(24 * 7)) > 0) {
            problems.add(new Problem("estimate", "An estimate of \"" + text + "\" is longer than any meeting.",
                    "Check the unit: a bare number is minutes.", line, null));
            return null;
        }
        return estimate;
    }

    private Fixed fixed(String text, int line) {
        var lower = text.toLowerCase(Locale.ROOT);
        if (NO.contains(lower)) {
            return null;
        }
        if (YES.contains(lower)) {
            return new Fixed(true, null, text);
        }
        try {
            return new Fixed(false, LocalDateTime.parse(text.replace(' ', 'T')), text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("fixed", "\"" + text + "\" is not a fixed start.", "Write yes (at the start of "
                    + "the body's first session) or a date and time, e.g. 2027-03-16 10:00; leave it empty for none.",
                    line, null));
            return null;
        }
    }

    private boolean yesOrNo(String text, String column, int line) {
        var lower = text.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (!NO.contains(lower)) {
            problems.add(new Problem(column, "\"" + text + "\" is neither yes nor no.",
                    "Write yes, or leave the cell empty.", line, null));
        }
        return false;
    }

    private static String readText(Path file) throws InvalidInputException {
        var name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(name, List.of(Problem.at("", "No such file.",
                        "Check the path; it is taken relative to the current directory.")));
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file is not UTF-8 text.",
                    "Export the sheet as \"CSV UTF-8\".")));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(Problem.at("", "The file cannot be read: " + e.getMessage(),
                    "Check that it exists and that you may read it.")));
        }
    }
}
