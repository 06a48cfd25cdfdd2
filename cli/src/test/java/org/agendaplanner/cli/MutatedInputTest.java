package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.agendaplanner.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Given the shipped meetings broken at random in the ways planners and tools break files (a field dropped,
 * duplicated or misspelt; a value of the wrong type; extreme numbers; impossible dates and times; control
 * characters; duplicate ids; long {@code after} chains; very long texts), when each is validated, scored,
 * explained, rendered and solved briefly in-process, then every run keeps the promises of the README: exit code 0, 3 or 4 (never an
 * internal error), no stack trace, one line per problem with where it is and a {@code Fix:}, the input bytes
 * unchanged, and a solved file that validates and echoes every input value it read.
 *
 * <p>Seeded, so a failure is reproducible: {@code -Dagenda.mutation.seed=N}; {@code -Dagenda.mutation.cases=N}
 * runs a longer campaign (the default keeps {@code mvn verify} short). Failing mutants are kept in
 * {@code target/mutated-input-failures/} to become entries of the bad-input corpus.
 */
class MutatedInputTest {

    private static final long SEED = Long.getLong("agenda.mutation.seed", 20261202L);
    /** Validations; every fourth is scored, explained and rendered too, every tenth solved, as these cost far more. */
    private static final int CASES = Integer.getInteger("agenda.mutation.cases", 400);
    private static final int SCORE_EVERY = 4;
    private static final int SOLVE_EVERY = 10;
    private static final Path FAILURES = Path.of("target/mutated-input-failures");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory YAML = new YAMLFactory();

    @TempDir
    Path directory;

    /** The ways a file gets broken. */
    enum Mutation {
        DROP_FIELD, DUPLICATE_FIELD, MISSPELL_FIELD, SWAP_TYPE, NULL_VALUE, EXTREME_NUMBER, ODD_DATE_OR_TIME,
        CONTROL_CHARACTER, DUPLICATE_ID, LONG_AFTER_CHAIN, LONG_TEXT
    }

    private static final List<JsonNode> EXTREME_NUMBERS = List.of(
            JsonNodeFactory.instance.numberNode(Integer.MAX_VALUE), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(Long.MIN_VALUE),
            JsonNodeFactory.instance.numberNode(1e300), JsonNodeFactory.instance.numberNode(2.5),
            JsonNodeFactory.instance.numberNode(100_000_000));

    private static final List<String> ODD_DATES_AND_TIMES = List.of(
            "2020-02-30", "2020-03-17T24:00", "0000-01-01", "2020-03-17T10:00", "2020-03-17 ", "6200-01-01",
            "6200-01-01T00:00", "9999-12-31T23:59", "-0001-01-01", "24:00", "23:60", "10:00:30", "1000", "PT0M",
            "PT9999999H", "P1D", "PT-5M", "", " 10:00", "2020-03-18T10:00");

    private static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\r", "\n", "\t", "\u2028", "\u001b",
            "\ufeff", "\ud800");

    /** What went wrong in one run, for the summary. */
    private record Failure(String mutant, String command, String what) {
    }

    @Test
    void everyMutatedMeetingKeepsTheInputPromises() throws IOException {
        var random = new Random(SEED);
        var originals = new ArrayList<JsonNode>();
        var names = new ArrayList<String>();
        for (var dataset : Datasets.all()) {
            originals.add(JSON.readTree(dataset.toFile()));
            names.add(dataset.getFileName().toString().replace(".json", ""));
        }
        var failures = new ArrayList<Failure>();
        var runs = new EnumMap<Mutation, Integer>(Mutation.class);
        var perCommand = new TreeMap<String, Integer>();
        var millis = new TreeMap<String, Long>();
        for (int i = 0; i < CASES; i++) {
            int pick = random.nextInt(originals.size());
            var mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            boolean yaml = random.nextInt(5) == 0;
            var mutant = directory.resolve(String.format("%04d-%s-%s.%s", i, names.get(pick),
                    mutation.name().toLowerCase().replace('_', '-'), yaml ? "yaml" : "json"));
            // getBytes, not writeString: a control character dropped inside a surrogate pair becomes "?", not an error.
            Files.write(mutant, mutate(originals.get(pick), mutation, random, yaml).getBytes(StandardCharsets.UTF_8));
            runs.merge(mutation, 1, Integer::sum);

            var commands = new ArrayList<List<String>>();
            commands.add(List.of("validate", mutant.toString()));
            if (i % SCORE_EVERY == 0) {
                commands.add(List.of("score", mutant.toString()));
                commands.add(List.of("explain", mutant.toString()));
                commands.add(List.of("render", mutant.toString()));
            }
            if (i % SOLVE_EVERY == 0) {
                commands.add(List.of("solve", mutant.toString(), "-o", directory.resolve("solved.json").toString(),
                        "--quiet", "--move-limit", "300", "--time-limit", "5s"));
            }
            var before = Files.readAllBytes(mutant);
            for (var command : commands) {
                perCommand.merge(command.get(0), 1, Integer::sum);
                long started = System.nanoTime();
                CommandRun run;
                try {
                    run = CommandRun.of(command.toArray(String[]::new));
                } catch (RuntimeException | Error escaped) {
                    run = new CommandRun(-1, "", escaped.getClass().getName() + " escaped the command line");
                }
                millis.merge(command.get(0), (System.nanoTime() - started) / 1_000_000, Long::sum);
                for (var what : brokenPromises(run, mutant, command.get(0))) {
                    failures.add(new Failure(mutant.getFileName().toString(), command.get(0), what));
                }
                if (!Arrays.equals(before, Files.readAllBytes(mutant))) {
                    failures.add(new Failure(mutant.getFileName().toString(), command.get(0), "changed its input"));
                }
            }
            if (failures.stream().anyMatch(failure -> failure.mutant().equals(mutant.getFileName().toString()))) {
                Files.createDirectories(FAILURES);
                Files.copy(mutant, FAILURES.resolve(mutant.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(directory.resolve("solved.json"));
        }
        System.out.printf("Mutated inputs (seed %d): %d cases %s; runs per command %s, milliseconds %s; failures %d%n",
                SEED, CASES, runs, perCommand, millis, failures.size());
        if (!failures.isEmpty()) {
            var report = new StringBuilder(failures.size() + " broken promises (mutants kept in "
                    + FAILURES.toAbsolutePath() + "):\n");
            failures.stream().limit(40).forEach(failure -> report.append("  ").append(failure.mutant()).append(" [")
                    .append(failure.command()).append("]: ").append(failure.what()).append('\n'));
            fail(report.toString());
        }
    }

    /** What a run did that the README promises it never does; empty when it kept every promise. */
    private List<String> brokenPromises(CommandRun run, Path mutant, String command) throws IOException {
        var broken = new ArrayList<String>();
        if (!Set.of(ExitCodes.OK, ExitCodes.INVALID_INPUT, ExitCodes.INFEASIBLE).contains(run.exitCode())) {
            broken.add("exit " + run.exitCode() + ": " + firstLine(run.err()));
        }
        for (var printed : List.of(run.out(), run.err())) {
            if (printed.contains("Exception") || printed.contains("\tat ") || printed.contains("Error:")) {
                broken.add("a stack trace or exception text: " + firstLine(printed));
            }
        }
        if (run.exitCode() == ExitCodes.INVALID_INPUT) {
            var lines = run.err().lines().filter(line -> !line.isBlank()).toList();
            if (lines.isEmpty()) {
                broken.add("exit 3 with nothing said");
            }
            for (var line : lines) {
                if (!line.startsWith(mutant.toString()) || !line.contains("Fix: ")) {
                    broken.add("a problem without its place or its fix: " + line);
                }
            }
        }
        if (command.equals("solve") && run.exitCode() != ExitCodes.INVALID_INPUT) {
            var solved = directory.resolve("solved.json");
            if (!Files.exists(solved)) {
                broken.add("exit " + run.exitCode() + " without a solved file");
            } else {
                var validated = CommandRun.of("validate", solved.toString());
                if (validated.exitCode() != ExitCodes.OK) {
                    broken.add("the solved file does not validate: " + firstLine(validated.err()));
                }
                var input = readEither(mutant);
                var output = JSON.readTree(solved.toFile());
                ((ObjectNode) input).remove("programme");
                ((ObjectNode) output).remove("programme");
                var difference = firstDifference(input, output, "");
                if (difference != null) {
                    broken.add("the solved file does not echo the input at " + difference);
                }
            }
        }
        return broken;
    }

    private static JsonNode readEither(Path file) throws IOException {
        return file.toString().endsWith(".yaml") ? new ObjectMapper(YAML).readTree(file.toFile())
                : JSON.readTree(file.toFile());
    }

    /** The path of the first value the output does not echo as the input had it (an explicit null may go). */
    private static String firstDifference(JsonNode input, JsonNode output, String path) {
        if (input.isNumber() && output.isNumber()) {
            return input.decimalValue().compareTo(output.decimalValue()) == 0 ? null : path;
        }
        if (input.isObject() && output.isObject()) {
            for (Map.Entry<String, JsonNode> field : input.properties()) {
                var echoed = output.get(field.getKey());
                if (echoed == null && field.getValue().isNull()) {
                    continue;
                }
                var difference = echoed == null ? path + "." + field.getKey()
                        : firstDifference(field.getValue(), echoed, path + "." + field.getKey());
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (input.isArray() && output.isArray() && input.size() == output.size()) {
            for (int i = 0; i < input.size(); i++) {
                var difference = firstDifference(input.get(i), output.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        // A number or a yes/no written where text belongs is read as its text (YAML's `number: 2`), so it echoes so.
        if (input.isValueNode() && output.isTextual() && !input.isNull()) {
            return input.asText().equals(output.asText()) ? null : path;
        }
        return input.equals(output) ? null : path;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("(nothing)");
    }

    // ---- mutations ----

    /** A copy of the meeting broken one way, as JSON or YAML text. */
    static String mutate(JsonNode original, Mutation mutation, Random random, boolean yaml) throws IOException {
        var tree = original.deepCopy();
        var places = new ArrayList<Place>();
        collect(tree, places);
        var place = places.get(random.nextInt(places.size()));
        Place duplicate = null;
        switch (mutation) {
            case DROP_FIELD -> place.remove();
            case DUPLICATE_FIELD -> duplicate = place;
            case MISSPELL_FIELD -> place.rename(misspell(place.key(), random));
            case SWAP_TYPE -> place.set(otherType(place.value(), random));
            case NULL_VALUE -> place.set(JsonNodeFactory.instance.nullNode());
            case EXTREME_NUMBER -> place.set(EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
            case ODD_DATE_OR_TIME -> {
                var texts = places.stream().filter(p -> p.value().isTextual()).toList();
                texts.get(random.nextInt(texts.size()))
                        .set(JsonNodeFactory.instance.textNode(pick(ODD_DATES_AND_TIMES, random)));
            }
            case CONTROL_CHARACTER -> {
                var texts = places.stream().filter(p -> p.value().isTextual()).toList();
                var text = texts.get(random.nextInt(texts.size()));
                var value = text.value().asText();
                int at = random.nextInt(value.length() + 1);
                text.set(JsonNodeFactory.instance.textNode(
                        value.substring(0, at) + pick(CONTROL_CHARACTERS, random) + value.substring(at)));
            }
            case DUPLICATE_ID -> {
                var list = (ArrayNode) tree.path(pick(List.of("items", "sessions", "bodies"), random));
                if (list.size() > 1) {
                    ((ObjectNode) list.get(1 + random.nextInt(list.size() - 1))).set("id", list.get(0).get("id"));
                }
            }
            case LONG_AFTER_CHAIN -> lengthenAgenda(tree, random);
            case LONG_TEXT -> {
                var texts = places.stream().filter(p -> p.value().isTextual()).toList();
                texts.get(random.nextInt(texts.size()))
                        .set(JsonNodeFactory.instance.textNode("x".repeat(random.nextBoolean() ? 100_001 : 99_999)));
            }
        }
        var text = new StringWriter();
        try (var generator = (yaml ? YAML : JSON.getFactory()).createGenerator(text)) {
            if (!yaml) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, tree, duplicate, random);
        }
        return text.toString();
    }

    /** Many items, each after the next (or the one before): a long chain for the order checks. */
    private static void lengthenAgenda(JsonNode tree, Random random) {
        var items = (ArrayNode) tree.get("items");
        var template = (ObjectNode) items.get(items.size() - 1);
        int count = random.nextBoolean() ? 5_000 : 400;
        boolean backwards = random.nextBoolean();
        items.removeAll();
        for (int i = 1; i <= count; i++) {
            var item = JsonNodeFactory.instance.objectNode();
            item.put("id", "c" + i).put("number", String.valueOf(i)).put("duration", "PT5M");
            item.set("title", template.get("title"));
            item.putArray("after").add("c" + (backwards ? i + 1 : i - 1));
            if (i == (backwards ? count : 1)) {
                item.remove("after");
            }
            items.add(item);
        }
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String misspell(String key, Random random) {
        if (key == null || key.length() < 2) {
            return "x" + key;
        }
        int at = random.nextInt(key.length() - 1);
        return key.substring(0, at) + key.charAt(at + 1) + key.charAt(at) + key.substring(at + 2);
    }

    private static JsonNode otherType(JsonNode value, Random random) {
        var nodes = JsonNodeFactory.instance;
        var choices = new ArrayList<JsonNode>(List.of(nodes.textNode("yes"), nodes.numberNode(3),
                nodes.booleanNode(true), nodes.arrayNode().add(value), nodes.objectNode().set("en", value)));
        choices.removeIf(choice -> choice.getNodeType() == value.getNodeType());
        return choices.get(random.nextInt(choices.size()));
    }

    /** A field of an object or an entry of a list, which a mutation can replace or take away. */
    private record Place(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void rename(String name) {
            if (key != null) {
                var value = ((ObjectNode) parent).remove(key);
                ((ObjectNode) parent).set(name, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node.isObject()) {
            for (var names = node.fieldNames(); names.hasNext(); ) {
                var name = names.next();
                places.add(new Place(node, name, -1));
                collect(node.get(name), places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i));
                collect(node.get(i), places);
            }
        }
    }

    /** Writes the tree, with the field at {@code duplicate} written a second time with another value. */
    private static void write(JsonGenerator generator, JsonNode node, Place duplicate, Random random)
            throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (var field : node.properties()) {
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue(), duplicate, random);
            }
            if (duplicate != null && duplicate.parent() == node && duplicate.key() != null) {
                generator.writeFieldName(duplicate.key());
                write(generator, otherType(duplicate.value(), random), null, random);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(generator, node.get(i), duplicate, random);
                if (duplicate != null && duplicate.parent() == node && duplicate.index() == i) {
                    write(generator, node.get(i), null, random);
                }
            }
            generator.writeEndArray();
        } else {
            JSON.writeTree(generator, node);
        }
    }
}
