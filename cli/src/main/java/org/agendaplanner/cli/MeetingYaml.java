package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Meeting files as YAML, for planners who write them by hand. The file is the model's own JSON, field for field,
 * in the same order; only the notation differs. Strings are quoted only where YAML would read them as something
 * else, and times of day always, since older YAML readers take {@code 10:00} for the number 600.
 */
final class MeetingYaml {

    private static final Pattern TIME_LIKE = Pattern.compile("^[0-9]+:[0-9]+.*");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new StringQuotingChecker.Default() {
                @Override
                public boolean needToQuoteValue(String value) {
                    return super.needToQuoteValue(value) || TIME_LIKE.matcher(value).matches();
                }
            })
            .build());

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private MeetingYaml() {
    }

    /** Whether a file name asks for YAML: {@code .yaml} or {@code .yml}, as the reader decides. */
    static boolean isYaml(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The whole file as YAML. */
    static String of(MeetingFile meeting) {
        return of(tree(meeting));
    }

    /** The model's JSON form of a meeting, in its field order. */
    static JsonNode tree(MeetingFile meeting) {
        try {
            return JSON.readTree(MeetingWriter.toJson(meeting));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The model wrote JSON it cannot read back", e);
        }
    }

    static String of(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A meeting could not be written as YAML", e);
        }
    }
}
