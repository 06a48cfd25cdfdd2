package org.agendaplanner.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in one or more languages, keyed by ISO 639-1 code ({@code {"en": "Opening", "zh": "会议开幕"}}).
 * Written back in the order it was read, so that a file survives a round trip unchanged.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    @JsonCreator
    public LocalizedText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    public Optional<String> in(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** The first language given, used as a last resort when neither the asked nor the fallback language exists. */
    public Optional<Map.Entry<String, String>> first() {
        return byLanguage.entrySet().stream().findFirst();
    }
}
