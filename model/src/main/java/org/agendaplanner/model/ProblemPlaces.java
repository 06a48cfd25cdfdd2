package org.agendaplanner.model;

import java.util.List;
import java.util.regex.Pattern;

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
            var place = placeOf(problem.path(), meeting);
            return place == null ? problem : problem.withPlace(place);
        }).toList();
    }

    /** {@code sessions[1] (tue-pm).end} for {@code sessions[1].end}; null when the entry has no id. */
    static String placeOf(String path, MeetingFile meeting) {
        if (path == null || meeting == null) {
            return null;
        }
        var entry = ENTRY.matcher(path);
        if (!entry.find()) {
            return null;
        }
        var id = idOf(entry.group(1), Integer.parseInt(entry.group(2)), meeting);
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
