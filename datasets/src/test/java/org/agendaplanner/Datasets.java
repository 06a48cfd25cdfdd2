package org.agendaplanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The meetings shipped in {@code datasets/}, as the tests find them. */
public final class Datasets {

    public static final String SEED = "ctoc-cop-wg6-2020.json";

    private Datasets() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("agenda.datasets", "../datasets"));
    }

    public static Path seed() {
        return directory().resolve(SEED);
    }

    public static List<Path> all() {
        try (var files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
