package org.agendaplanner.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text of a meeting file, with the name messages give it and the syntax it is in. A path of {@code -} is
 * standard input ({@value #STANDARD_INPUT} in messages), read as JSON when it starts with a brace or bracket and
 * as YAML otherwise; a named pipe or device is read like a file.
 */
record MeetingSource(String name, String text, boolean yaml) {

    static final String STANDARD_INPUT = "<stdin>";

    static MeetingSource load(Path file) throws InvalidInputException {
        if (file.toString().equals("-")) {
            var text = decode(STANDARD_INPUT, readAtMostLimit(STANDARD_INPUT, System.in));
            var start = text.strip().replaceFirst("^\uFEFF", "");
            return new MeetingSource(STANDARD_INPUT, text, !(start.startsWith("{") || start.startsWith("[")));
        }
        return new MeetingSource(file.toString(), decode(file.toString(), readBytes(file)), isYaml(file));
    }

    /** Bytes from elsewhere, held to the same limit as a file. */
    static MeetingSource of(String name, byte[] content, boolean yaml) throws InvalidInputException {
        if (content.length > ReadingLimits.MAX_FILE_BYTES) {
            throw tooBig(name, "The input is more than");
        }
        return new MeetingSource(name, decode(name, content), yaml);
    }

    private static boolean isYaml(Path file) {
        var fileName = file.getFileName();
        var lower = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static byte[] readBytes(Path file) throws InvalidInputException {
        var name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw refused(name, "This is a directory, not a meeting file.", "Name a file in it" + filesIn(file)
                        + ".");
            }
            if (!Files.exists(file)) {
                throw refused(name, Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                                ? "No such file: this is a symbolic link to a file that does not exist."
                                : "No such file.",
                        "Check the path; it is taken relative to the current directory.");
            }
            if (!Files.isRegularFile(file)) {
                // A named pipe, a device or a process substitution such as <(gunzip -c m.json.gz): read as a stream.
                try (var in = Files.newInputStream(file)) {
                    return readAtMostLimit(name, in);
                }
            }
            long size = Files.size(file);
            if (size > ReadingLimits.MAX_FILE_BYTES) {
                throw tooBig(name, "The file is " + mebibytes(size) + " (" + String.format("%,d", size)
                        + " bytes), " + overBy(size - ReadingLimits.MAX_FILE_BYTES) + " more than");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw refused(name, "The file cannot be read: permission denied.",
                    "Check its permissions (ls -l), or copy it to a place where you may read it.");
        } catch (NoSuchFileException e) {
            throw refused(name, "No such file.", "Check the path; it is taken relative to the current directory.");
        } catch (IOException e) {
            throw refused(name, "The file cannot be read: " + e.getMessage() + ".",
                    "Check that it exists and that you may read it.");
        }
    }

    /** A stream has no size to check beforehand: read one byte past the limit to know whether it holds more. */
    private static byte[] readAtMostLimit(String name, InputStream in) throws InvalidInputException {
        try {
            var bytes = in.readNBytes((int) ReadingLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > ReadingLimits.MAX_FILE_BYTES) {
                throw tooBig(name, "The input is more than");
            }
            return bytes;
        } catch (IOException e) {
            throw refused(name, "The input cannot be read: " + e.getMessage() + ".",
                    "Save the meeting to a file and give its path.");
        }
    }

    private static String decode(String name, byte[] bytes) throws InvalidInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused(name, "The file is not UTF-8 text.", "Save it as UTF-8 JSON or YAML.");
        }
    }

    private static InvalidInputException tooBig(String name, String measured) {
        return refused(name, measured + " the " + ReadingLimits.MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB that meeting files are limited to.",
                "Split the meeting, or check that this is the file you meant.");
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** 1.5 MiB, 12 KiB or 3 bytes: enough to see whether trimming a note will do. */
    private static String overBy(long bytes) {
        if (bytes >= 1024 * 1024) {
            return mebibytes(bytes);
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** ": a.json, b.yaml" for the meeting files a directory holds, or an example path. */
    private static String filesIn(Path directory) {
        try (var files = Files.list(directory)) {
            var names = files.map(path -> path.getFileName().toString())
                    .filter(fileName -> fileName.matches("(?i).*\\.(json|ya?ml)"))
                    .sorted().limit(5).collect(Collectors.toList());
            return names.isEmpty() ? ", e.g. " + directory.resolve("meeting.json")
                    : " (" + String.join(", ", names) + ")";
        } catch (IOException e) {
            return ", e.g. " + directory.resolve("meeting.json");
        }
    }

    private static InvalidInputException refused(String name, String message, String fix) {
        return new InvalidInputException(name, List.of(Problem.at("", message, fix)));
    }
}
