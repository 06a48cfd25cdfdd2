package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.Map;

import org.agendaplanner.model.MeetingFile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The YAML {@code agenda new} writes: the meeting, section by section, each under a comment that tells a planner
 * what it holds and what else may go there. The first line names the schema for editors (the YAML language
 * server of VS Code, and JetBrains IDEs, read it).
 */
final class StarterYaml {

    /** What each top-level section is, for someone who has not read the README. */
    private static final Map<String, String> COMMENTS = Map.of(
            "format", """
                    The file format; leave it as it is.""",
            "meeting", """
                    The meeting: its document symbol (id) and title, by language code (ar, zh, en, fr, ru, es),
                    e.g. title: {en: ..., fr: ...}. You may add venue: {en: Vienna} and timeZone: Europe/Vienna.""",
            "bodies", """
                    Who sits. An item without "body" goes to the first body. Names by language code, as titles.""",
            "interpretation", """
                    The meeting services: the languages interpreted, how many interpreted sessions can run at once
                    (teams), and, if there is one, a budget of interpreted sessions for the whole meeting
                    (maxSessions: 4).""",
            "sessions", """
                    The sessions: one slot of one body on one day, times local to the venue (24-hour "HH:mm").
                    interpretation: true, false, or a list of languages, e.g. [en, fr]. exclusive: true keeps other
                    bodies from meeting beside a session (the opening). Add, move or remove sessions freely; each id
                    must be unique. Time a body keeps free of agenda items (registration, drafting of the report)
                    goes in "blocks": [{id, body, date, start, end, label: {en: ...}}].""",
            "items", """
                    The agenda, in agenda order. Each item: id, number (as printed), title by language, and
                    duration, the time estimate in ISO 8601 (PT45M, PT1H30M). Optional: body (or bodies: [a, b]),
                    interpretation: false (an informal item), splittable: false, after: [item ids], free: true
                    (may leave agenda order), together: [item ids], lastSession: true, fixed: {session: id,
                    start: "10:00"}, notBefore / notAfter ("2027-03-16T15:00"), preferred: [session ids], note.""",
            "rules", """
                    How the meeting is planned: order (agenda, or free), minSegment (the shortest part of an item
                    worth opening), grain (start times are multiples of it), and weights: {ruleKey: number} to
                    change a soft rule's weight (rule keys in the README's rule table).""");

    private StarterYaml() {
    }

    static String of(MeetingFile meeting, String schemaLocation, Path items) {
        var tree = MeetingYaml.tree(meeting);
        var text = new StringBuilder()
                .append("# yaml-language-server: $schema=").append(schemaLocation).append('\n')
                .append("#\n")
                .append("# A meeting for Agenda Planner, written by `agenda new`")
                .append(items == null ? " as a template: replace the items with the agenda's own.\n"
                        : " from " + items.getFileName() + ".\n")
                .append("# Check it with `agenda validate FILE`, plan it with `agenda solve FILE -o FILE.solved.yaml`,\n")
                .append("# print the organization of work with `agenda render FILE.solved.yaml`.\n")
                .append("# Editors that know the schema above complete and check the fields as you type.\n");
        var fields = tree.fieldNames();
        while (fields.hasNext()) {
            var field = fields.next();
            text.append('\n');
            var comment = COMMENTS.get(field);
            if (comment != null) {
                comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
            }
            text.append(MeetingYaml.of(JsonNodeFactory.instance.objectNode().set(field, tree.get(field))));
        }
        return text.toString();
    }
}
