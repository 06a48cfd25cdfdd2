package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.ReadingLimits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a broken input from the corpus in {@code src/test/resources/bad-input} (each row of its
 * {@code expectations.tsv} names a file, the exit code and what standard error must say), when it is validated and
 * solved, then both commands refuse it with that exit code and those words, print no stack trace even with
 * {@code --verbose}, and leave the file as it was. Two cases too big to commit are generated here.
 */
class BadInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path directory;

    /** One row of the expectations: a file of the corpus, or one generated into the temporary directory. */
    private record Case(String name, int exitCode, List<String> expected, Generator generator) {
    }

    @FunctionalInterface
    private interface Generator {
        void writeTo(Path file) throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenInputIsRefusedWithWhatWhereAndHowToFix() throws IOException {
        var generated = Stream.of(
                new Case("huge-file.json", ExitCodes.INVALID_INPUT, List.of("huge-file.json: The file is 21.0 MiB (",
                        " bytes), 1.0 MiB more than the 20 MiB that meeting files are limited to.",
                        "Fix: Split the meeting"), BadInputTest::writeHugeFile),
                new Case("long-name.yaml", ExitCodes.INVALID_INPUT, List.of("long-name.yaml:3:", "bodies[0] (plenary).name.en: The "
                        + "text is 100,001 characters long; texts are limited to 100,000.", "Fix: Shorten it"),
                        file -> writeYamlWithBodyName(file, ReadingLimits.MAX_TEXT_LENGTH + 1)),
                new Case("twenty-thousand-items.json", ExitCodes.INVALID_INPUT, List.of("twenty-thousand-items.json: "
                        + "items: The agenda has 20000 items; at most 5000 can be planned at once.",
                        "Fix: Split the meeting"), file -> writeMeetingWithItems(file, 20_000)),
                new Case("five-thousand-items-in-an-after-cycle.json", ExitCodes.INVALID_INPUT, List.of(
                        "five-thousand-items-in-an-after-cycle.json: items: The \"after\" links form a cycle of 5000 "
                                + "items: 1 after 2 after 3 after 4 after … after 5000 after 1.",
                        "Fix: Remove one of these links"), BadInputTest::writeAfterCycle));
        return Stream.concat(corpus(), generated)
                .map(row -> dynamicTest(row.name(), () -> assertRefused(row)));
    }

    @Test
    void aDirectoryIsNamedAsOne() {
        var run = CommandRun.of("validate", directory.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(directory + ": This is a directory, not a meeting file. Fix: Name a file in it"),
                run.err());
    }

    @Test
    void aDashReadsTheMeetingFromStandardInput() throws IOException {
        var original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Datasets.seed())));
            var valid = CommandRun.of("validate", "-");
            assertEquals(ExitCodes.OK, valid.exitCode(), valid.err());
            assertTrue(valid.out().contains("-: valid (6 items, 4 sessions)"), valid.out());

            System.setIn(new ByteArrayInputStream("format: agenda-planner/1\nbodies: 3\n".getBytes(StandardCharsets.UTF_8)));
            var invalid = CommandRun.of("validate", "-");
            assertEquals(ExitCodes.INVALID_INPUT, invalid.exitCode(), invalid.err());
            assertTrue(invalid.err().contains("<stdin>:2:9: bodies: Expected list here."), invalid.err());
        } finally {
            System.setIn(original);
        }
    }

    private void assertRefused(Case row) throws IOException {
        var input = directory.resolve(row.name());
        if (row.generator() == null) {
            Files.copy(CORPUS.resolve(row.name()), input);
        } else {
            row.generator().writeTo(input);
        }
        var before = Files.readAllBytes(input);
        var output = directory.resolve("out.json").toString();
        var runs = List.of(
                CommandRun.of("validate", input.toString()),
                CommandRun.of("validate", "--verbose", input.toString()),
                CommandRun.of("solve", input.toString(), "-o", output, "--quiet"),
                CommandRun.of("solve", "--verbose", input.toString(), "-o", output, "--time-limit", "5s"));
        for (var run : runs) {
            assertEquals(row.exitCode(), run.exitCode(), run.err());
            for (var expected : row.expected()) {
                assertTrue(run.err().contains(expected), "expected \"" + expected + "\" in\n" + run.err());
            }
            for (var printed : List.of(run.out(), run.err())) {
                assertFalse(printed.contains("Exception") || printed.contains("\tat "), "a stack trace:\n" + printed);
            }
        }
        assertArrayEquals(before, Files.readAllBytes(input), "the input file was changed");
        assertFalse(Files.exists(Path.of(output)), "no output is written for an invalid input");
    }

    private static Stream<Case> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(columns -> new Case(columns[0], Integer.parseInt(columns[1]),
                        Arrays.asList(columns).subList(2, columns.length), null));
    }

    /** Valid JSON, one byte over the limit: only its size is wrong. */
    private static void writeHugeFile(Path file) throws IOException {
        var seed = Files.readString(Datasets.seed());
        var padding = " ".repeat((int) (ReadingLimits.MAX_FILE_BYTES - seed.length()) + 1024 * 1024);
        Files.writeString(file, seed.replaceFirst("\\{", "{" + padding));
    }

    /** A small YAML meeting whose one body has a name of {@code length} characters. */
    static void writeYamlWithBodyName(Path file, int length) throws IOException {
        Files.writeString(file, """
                format: agenda-planner/1
                meeting: {id: TEST/1, title: {en: Test meeting}}
                bodies: [{id: plenary, name: {en: %s}}]
                sessions: [{id: s1, body: plenary, date: 2020-03-17, start: "10:00", end: "13:00"}]
                items: [{id: "1", number: "1", title: {en: Opening}, duration: PT15M}]
                """.formatted("n".repeat(length)));
    }

    /** The largest agenda, each item after the next and the last after the first: a cycle through all of them. */
    private static void writeAfterCycle(Path file) throws IOException {
        int count = 5_000;
        writeMeetingWithItems(file, count, i -> ", \"free\": true, \"after\": [\"" + (i < count ? i + 1 : 1) + "\"]");
    }

    /** The seed meeting with its agenda replaced by {@code count} short items: far beyond any real meeting. */
    static void writeMeetingWithItems(Path file, int count) throws IOException {
        writeMeetingWithItems(file, count, i -> "");
    }

    /** As {@link #writeMeetingWithItems(Path, int)}, each item with more fields ({@code , "free": true}). */
    static void writeMeetingWithItems(Path file, int count, IntFunction<String> moreFields) throws IOException {
        var seed = Files.readString(Datasets.seed());
        var items = new StringBuilder("\"items\": [\n");
        for (int i = 1; i <= count; i++) {
            items.append("    {\"id\": \"").append(i).append("\", \"number\": \"").append(i)
                    .append("\", \"title\": {\"en\": \"Item ").append(i).append("\"}, \"duration\": \"PT30M\"")
                    .append(moreFields.apply(i)).append("}")
                    .append(i < count ? ",\n" : "\n");
        }
        items.append("  ],\n  \"rules\"");
        Files.writeString(file, seed.replaceFirst("(?s)\"items\": \\[.*\\],\\s*\"rules\"", items.toString()));
    }
}
