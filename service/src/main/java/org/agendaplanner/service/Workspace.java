package org.agendaplanner.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;

/**
 * The meetings on disk: {@code meetings/ID/N.json}, one {@code agenda-planner/1} file per revision, numbered from 1
 * and never overwritten, each written whole or not at all ({@link AtomicFiles}), so that a server killed at any
 * moment restarts with every revision it acknowledged and a planner can take any of them to the command line. Ids
 * are generated here and matched against {@link #ID}, so no request names a path outside the workspace.
 */
final class Workspace {

    /** What an id looks like; anything else is no meeting of this workspace. */
    static final Pattern ID = Pattern.compile("m[0-9]{1,9}");

    private static final Pattern REVISION_FILE = Pattern.compile("([1-9][0-9]{0,8})\\.json");

    /** A solve under way leaves this beside the revisions; found at start, it says the solve was interrupted. */
    private static final String SOLVING_MARK = "solving";

    private final Path meetings;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    Workspace(Path root) {
        this.meetings = root.resolve("meetings");
        try {
            Files.createDirectories(meetings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the workspace " + root, e);
        }
    }

    /** Stores a new meeting as its revision 1 and returns its id. */
    String create(MeetingFile meeting) throws IOException {
        for (int number = ids().stream().mapToInt(Workspace::numberOf).max().orElse(0) + 1;; number++) {
            var id = "m" + number;
            try {
                // The directory claims the id, even against another request creating a meeting at the same moment.
                Files.createDirectory(meetings.resolve(id));
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            write(id, 1, meeting);
            return id;
        }
    }

    /** Stores the next revision of a meeting and returns its number. */
    int addRevision(String id, MeetingFile meeting) throws IOException {
        synchronized (lockOf(id)) {
            int number = revisions(id).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            write(id, number, meeting);
            return number;
        }
    }

    private void write(String id, int revision, MeetingFile meeting) throws IOException {
        AtomicFiles.write(meetings.resolve(id).resolve(revision + ".json"), MeetingWriter.toJson(meeting));
    }

    /** The meetings' ids, oldest first; a meeting whose first revision was never written is none. */
    List<String> ids() {
        try (Stream<Path> entries = Files.list(meetings)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> ID.matcher(name).matches())
                    .filter(id -> !revisions(id).isEmpty())
                    .sorted((a, b) -> Integer.compare(numberOf(a), numberOf(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String id) {
        return ID.matcher(id).matches() && !revisions(id).isEmpty();
    }

    /** The revision numbers of a meeting, in order; none for an unknown id. */
    List<Integer> revisions(String id) {
        if (!ID.matcher(id).matches() || !Files.isDirectory(meetings.resolve(id))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(meetings.resolve(id))) {
            var numbers = new ArrayList<Integer>();
            entries.map(path -> REVISION_FILE.matcher(path.getFileName().toString()))
                    .filter(matcher -> matcher.matches())
                    .forEach(matcher -> numbers.add(Integer.parseInt(matcher.group(1))));
            numbers.sort(null);
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a revision, when there is one. */
    Optional<Path> file(String id, int revision) {
        return revisions(id).contains(revision)
                ? Optional.of(meetings.resolve(id).resolve(revision + ".json")) : Optional.empty();
    }

    Optional<Integer> latest(String id) {
        var numbers = revisions(id);
        return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers.get(numbers.size() - 1));
    }

    /** A revision read back as the command line reads a file. */
    MeetingFile read(String id, int revision) throws InvalidInputException {
        return MeetingReader.read(file(id, revision).orElseThrow());
    }

    void markSolving(String id, boolean solving) throws IOException {
        var mark = meetings.resolve(id).resolve(SOLVING_MARK);
        if (solving) {
            AtomicFiles.write(mark, "a solve of this meeting is under way\n");
        } else {
            Files.deleteIfExists(mark);
        }
    }

    /** Whether a solve was under way when the server last stopped. */
    boolean wasSolving(String id) {
        return ID.matcher(id).matches() && Files.exists(meetings.resolve(id).resolve(SOLVING_MARK));
    }

    private Object lockOf(String id) {
        return locks.computeIfAbsent(id, key -> new Object());
    }

    private static int numberOf(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
