package org.agendaplanner.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code interpretation} field of sessions and items: {@code true} (all of the meeting's languages),
 * {@code false} (none), or a list of language codes. Written back in the form it was read.
 */
public record LanguageNeed(boolean all, List<String> languages) {

    public static final LanguageNeed ALL = new LanguageNeed(true, List.of());
    public static final LanguageNeed NONE = new LanguageNeed(false, List.of());

    public LanguageNeed {
        languages = List.copyOf(languages);
    }

    @JsonCreator
    static LanguageNeed fromJson(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue() ? ALL : NONE;
        }
        if (node.isArray()) {
            var codes = new ArrayList<String>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw new IllegalArgumentException("interpretation must be true, false or a list of language codes");
                }
                codes.add(element.textValue());
            }
            return new LanguageNeed(false, codes);
        }
        throw new IllegalArgumentException("interpretation must be true, false or a list of language codes");
    }

    @JsonValue
    Object toJson() {
        if (all) {
            return true;
        }
        return languages.isEmpty() ? Boolean.FALSE : languages;
    }

    /** The languages this stands for, given the meeting's full list. */
    public List<String> resolve(List<String> meetingLanguages) {
        return all ? meetingLanguages : languages;
    }

    public boolean isNone() {
        return !all && languages.isEmpty();
    }
}
