package org.agendaplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.agendaplanner.render.Format;
import org.agendaplanner.render.AnnexLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given the solved seed, when rendered through {@code agenda render} in each language and each format, then the
 * output is exactly the golden file {@code src/test/resources/golden/seed.<lang>.<ext>}. The Word document, being
 * binary, is checked by {@link WordDocumentTest} instead.
 *
 * <p>After an intended change of output, rewrite the golden files with
 * {@code mvn -pl solver test -Dtest=SeedGoldenFilesTest -Dgolden.update=true}, then read the diff before committing
 * it: the golden files are the reviewed output.
 */
class SeedGoldenFilesTest {

    /** The switch that rewrites the golden files instead of comparing with them. */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> languagesAndFormats() {
        return Stream.of(AnnexLanguage.values())
                .flatMap(language -> Stream.of(Format.values()).filter(format -> !format.binary())
                        .map(format -> Arguments.of(language.code(), format)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndFormats")
    void rendersTheSeedAsItsGoldenFile(String language, Format format) throws Exception {
        var run = CommandRun.of("render", SolvedSeed.file().toString(), "--lang", language,
                "--format", format.optionName());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        var golden = GOLDEN.resolve("seed." + language + "." + format.extension());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out());
        }
        assertTrue(Files.exists(golden), golden + " is missing: run once with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden), run.out(), "output differs from " + golden);
    }
}
