package org.agendaplanner.model;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Names the entry a problem is in by its id as well as its position ({@code sessions[1] (tue-pm).end}), so that
 * a planner can search for it rather than count entries from zero. The path itself stays as it was, for tools.
 */
public final class ProblemPlaces {

    private static final Pattern ENTRY = Pattern.compile("^(bodies|sessions|blocks|items)\\[(\\d+)\\]");
    private static final Pattern PLAIN_ID = Pattern.compile("[\\p{L}\\p{N}._/:+-]+");

    private ProblemPlaces() {
    }

    /** The problems, each with its place where its path starts at an entry that has an id. */
    public static List<Problem> named(List<Problem> problems, MeetingFile meeting) {
        return problems.stream().map(problem -> {
            var place = problem.place() != null ? problem.place() : placeOf(problem.path(), meeting);
            return place == null ? problem : problem.withPlace(place);
        }).toList();
    }

    /**
     * The same for problems found where no meeting could be made of the file (the parser stopped): the ids are read
     * from the file's plain tree of values, {@code tree}, when it has one; a problem already placed keeps its place.
     */
    public static List<Problem> named(List<Problem> problems, JsonNode tree) {
        return problems.stream().map(problem -> {
            if (problem.place() != null) {
                return problem;
            }
            var place = placeOf(problem.path(), (list, index) -> {
                var id = tree == null ? null : tree.path(list).path(index).get("id");
                return id != null && id.isTextual() ? id.asText() : null;
            });
            return place == null ? problem : problem.withPlace(place);
        }).toList();
    }

    /** Which id the entry at an index of a list has, or null. */
    private interface Ids {
        String idOf(String list, int index);
    }

    /** {@code sessions[1] (tue-pm).end} for {@code sessions[1].end}; null when the entry has no id. */
    static String placeOf(String path, MeetingFile meeting) {
        return meeting == null ? null : placeOf(path, (list, index) -> idOf(list, index, meeting));
    }

    private static String placeOf(String path, Ids ids) {
        if (path == null) {
            return null;
        }
        var entry = ENTRY.matcher(path);
        if (!entry.find()) {
            return null;
        }
        var id = ids.idOf(entry.group(1), Integer.parseInt(entry.group(2)));
        if (id == null || id.isBlank()) {
            return null;
        }
        var shown = PLAIN_ID.matcher(id).matches() ? id : Problem.quoted(id);
        return path.substring(0, entry.end()) + " (" + shown + ")" + path.substring(entry.end());
    }

    private static String idOf(String list, int index, MeetingFile meeting) {
        List<?> entries = switch (list) {
            case "bodies" -> meeting.bodies();
            case "sessions" -> meeting.sessions();
            case "blocks" -> meeting.blocks();
            default -> meeting.items();
        };
        if (entries == null || index >= entries.size()) {
            return null;
        }
        var entry = entries.get(index);
        if (entry instanceof Body body) {
            return body.id();
        } else if (entry instanceof SessionDef session) {
            return session.id();
        } else if (entry instanceof BlockDef block) {
            return block.id();
        }
        return entry instanceof ItemDef item ? item.id() : null;
    }
}
