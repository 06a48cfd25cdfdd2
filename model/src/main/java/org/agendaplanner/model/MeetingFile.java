package org.agendaplanner.model;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One meeting file ({@code "format": "agenda-planner/1"}): the problem, and once solved, its programme.
 * Field names are a public contract; see the README. {@code $schema} (optional) names the JSON Schema of the
 * format for editors, and is kept as it was read.
 */
@JsonPropertyOrder({"$schema", "format", "comment", "meeting", "bodies", "interpretation", "sessions", "blocks", "items",
        "rules", "progress", "programme"})
public record MeetingFile(
        @JsonProperty("$schema") String schema,
        String format,
        String comment,
        Meeting meeting,
        List<Body> bodies,
        Interpretation interpretation,
        List<SessionDef> sessions,
        List<BlockDef> blocks,
        List<ItemDef> items,
        Rules rules,
        Progress progress,
        Programme programme) {

    public static final String FORMAT = "agenda-planner/1";

    /** A file without a {@code progress} section, as every file is before a re-plan. */
    public MeetingFile(String schema, String format, String comment, Meeting meeting, List<Body> bodies,
            Interpretation interpretation, List<SessionDef> sessions, List<BlockDef> blocks, List<ItemDef> items,
            Rules rules, Programme programme) {
        this(schema, format, comment, meeting, bodies, interpretation, sessions, blocks, items, rules, null,
                programme);
    }

    /** A file without {@code $schema}, as most are. */
    public MeetingFile(String format, String comment, Meeting meeting, List<Body> bodies,
            Interpretation interpretation, List<SessionDef> sessions, List<BlockDef> blocks, List<ItemDef> items,
            Rules rules, Programme programme) {
        this(null, format, comment, meeting, bodies, interpretation, sessions, blocks, items, rules, null, programme);
    }

    public List<BlockDef> blocksOrEmpty() {
        return blocks == null ? List.of() : blocks;
    }

    public Rules rulesOrDefault() {
        return rules == null ? new Rules(null, null, null, null) : rules;
    }

    public List<String> languages() {
        return interpretation == null || interpretation.languages() == null
                ? Languages.CODES
                : interpretation.languages();
    }

    public Optional<ItemDef> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Optional<SessionDef> session(String id) {
        return sessions.stream().filter(session -> session.id().equals(id)).findFirst();
    }

    /** The body an item goes to when it names none: the meeting's first. */
    public String defaultBody() {
        return bodies.get(0).id();
    }

    public MeetingFile withProgramme(Programme newProgramme) {
        return new MeetingFile(schema, format, comment, meeting, bodies, interpretation, sessions, blocks, items, rules,
                progress, newProgramme);
    }

    public MeetingFile withRules(Rules newRules) {
        return new MeetingFile(schema, format, comment, meeting, bodies, interpretation, sessions, blocks, items,
                newRules, progress, programme);
    }

    public MeetingFile withProgress(Progress newProgress) {
        return new MeetingFile(schema, format, comment, meeting, bodies, interpretation, sessions, blocks, items, rules,
                newProgress, programme);
    }

    public MeetingFile withSessions(List<SessionDef> newSessions) {
        return new MeetingFile(schema, format, comment, meeting, bodies, interpretation, newSessions, blocks, items,
                rules, progress, programme);
    }

    public MeetingFile withItems(List<ItemDef> newItems) {
        return new MeetingFile(schema, format, comment, meeting, bodies, interpretation, sessions, blocks, newItems,
                rules, progress, programme);
    }

    public MeetingFile withInterpretation(Interpretation newInterpretation) {
        return new MeetingFile(schema, format, comment, meeting, bodies, newInterpretation, sessions, blocks, items,
                rules, progress, programme);
    }
}
