package org.agendaplanner.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson set-up of the file format, shared by reading and writing: strict on the way in. */
final class MeetingMappers {

    static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    static final ObjectMapper YAML = configure(new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(yamlLimits())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()));

    private MeetingMappers() {
    }

    /**
     * The document limit repeats {@link ReadingLimits#MAX_FILE_BYTES} for text that does not come from a file. The
     * parser's text limit only guards memory: Jackson checks it in steps of its buffers and not at all in YAML, so
     * {@link StrictValues} applies the exact limit to every text, in both syntaxes, with the field's path.
     */
    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(ReadingLimits.MAX_NESTING_DEPTH)
                .maxStringLength(10 * ReadingLimits.MAX_TEXT_LENGTH)
                .maxNameLength(ReadingLimits.MAX_FIELD_NAME_LENGTH)
                .maxNumberLength(ReadingLimits.MAX_NUMBER_LENGTH)
                .maxDocumentLength(ReadingLimits.MAX_FILE_BYTES)
                .build());
        // A null entry in a list (an item, a session, an id) or a map (a title in one language) has no meaning;
        // refusing it here spares every reader a null check.
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // Convenience queries such as ItemDef.isSplittable() are not fields of the format.
        mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        // 3 is not true: a number where a yes-or-no belongs is refused, never read as one.
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // StrictValues comes second, so that its readers of dates and times replace the lenient ones; the JavaTimeModule
        // still writes them.
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(StrictValues.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 1.5 teams is a mistake, not one team: every value is read as written or refused.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    /** SnakeYAML's own limits: its 3 MB default would refuse YAML that JSON accepts; aliases stay few (no "billion laughs"). */
    private static LoaderOptions yamlLimits() {
        var options = new LoaderOptions();
        options.setCodePointLimit((int) ReadingLimits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(ReadingLimits.MAX_NESTING_DEPTH);
        options.setMaxAliasesForCollections(50);
        return options;
    }
}
