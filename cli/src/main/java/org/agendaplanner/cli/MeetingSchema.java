package org.agendaplanner.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.MeetingFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.impl.PropertySortUtils;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

/**
 * The JSON Schema of {@code agenda-planner/1}, generated from the model's records so that it cannot fall behind
 * them. The records say too little in places, and there the definitions are written here by hand: texts by
 * language, {@code HH:mm} times, ISO 8601 durations, dates, interpretation as a boolean or a list of languages,
 * and which fields are required (the validator's rules: the records leave every field optional so that a missing
 * one is reported with a fix instead of failing the parser). Editors use it to complete and check a file as it is
 * typed; the validator of the model stays the judge of what can be planned. Draft 7, the newest draft that the YAML
 * language server (VS Code) and JetBrains IDEs both support.
 */
public final class MeetingSchema {

    /** The name the schema is published under, in {@code docs/}, and named by {@code $schema} in a file. */
    public static final String FILE_NAME = "agenda-planner-1.schema.json";

    /** Interpretation is into the six official languages, as the validator checks. */
    private static final String LANGUAGE_CODE = "^(ar|zh|en|fr|ru|es)$";
    /** Texts may carry any ISO 639-1 language, as the reader accepts; the annex is printed in the six. */
    private static final String TEXT_LANGUAGE_CODE = "^[a-z]{2}$";

    /** What the validator requires, by record and field; every other field may be left out. */
    private static final Set<String> REQUIRED = Set.of(
            "MeetingFile.format", "MeetingFile.meeting", "MeetingFile.bodies", "MeetingFile.sessions",
            "MeetingFile.items",
            "Meeting.id", "Meeting.title",
            "Body.id",
            "SessionDef.id", "SessionDef.body", "SessionDef.date", "SessionDef.start", "SessionDef.end",
            "BlockDef.id", "BlockDef.body", "BlockDef.date", "BlockDef.start", "BlockDef.end",
            "ItemDef.id", "ItemDef.number", "ItemDef.title", "ItemDef.duration",
            "FixedStart.session", "FixedStart.start",
            "ItemStart.item", "ItemStart.session", "ItemStart.start");

    /** What a planner sees when the editor explains a field; the README's format table says the same. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("MeetingFile.schema", "The JSON Schema of the format, for editors; kept as it is."),
            Map.entry("MeetingFile.format", "Always \"agenda-planner/1\"."),
            Map.entry("MeetingFile.comment", "Free text: what the file is for."),
            Map.entry("MeetingFile.meeting", "Who meets, and where: the header of the organization of work."),
            Map.entry("MeetingFile.bodies", "Who sits: the plenary, a committee of the whole, working groups. "
                    + "Items without \"body\" go to the first."),
            Map.entry("MeetingFile.interpretation", "The meeting services: languages interpreted, teams, budget."),
            Map.entry("MeetingFile.sessions", "The slots of each body, e.g. 10:00-13:00 and 15:00-18:00 each day."),
            Map.entry("MeetingFile.blocks", "Time a body keeps free of agenda business (registration, drafting)."),
            Map.entry("MeetingFile.items", "The agenda items, in agenda order."),
            Map.entry("MeetingFile.rules", "How the meeting is planned: order, shortest segment, grain, weights."),
            Map.entry("MeetingFile.programme", "The solution, written by agenda solve."),
            Map.entry("MeetingFile.progress", "How far the meeting has got, for agenda replan: what happened before "
                    + "the re-plan's moment stays."),
            Map.entry("Progress.at", "The moment of the re-plan: nothing before it moves."),
            Map.entry("Progress.announcedThrough", "The last day whose items were announced (default the day after "
                    + "at): moving one off its day costs more."),
            Map.entry("Progress.items", "What became of items taken up: remaining time, or done."),
            Map.entry("Progress.cancelled", "Session ids that will not take place."),
            Map.entry("Progress.revision", "The revision number, written by agenda replan."),
            Map.entry("Progress.revisedFrom", "The item starts of the programme this revision revised."),
            Map.entry("ItemProgress.item", "The id of the item taken up."),
            Map.entry("ItemProgress.remaining", "The time it still needs, e.g. \"PT30M\": it resumes first in its "
                    + "body's next session."),
            Map.entry("ItemProgress.asOf", "The moment the remaining time was given (default progress.at)."),
            Map.entry("ItemProgress.done", "true: the item has concluded."),
            Map.entry("ItemProgress.doneAt", "When it concluded, earlier or later than programmed."),
            Map.entry("Meeting.id", "The document symbol, e.g. \"CTOC/COP/WG.6/2020\"."),
            Map.entry("Meeting.timeZone", "The venue's time zone, e.g. \"Europe/Vienna\"; times are local to it."),
            Map.entry("Body.exclusive", "true when nothing of another body may run beside this body's sessions."),
            Map.entry("Interpretation.languages", "Languages interpreted (default the six official ones)."),
            Map.entry("Interpretation.teams", "Interpreted sessions that can run at once (default 1)."),
            Map.entry("Interpretation.maxSessions", "Budget of interpreted sessions for the meeting (default none)."),
            Map.entry("SessionDef.interpretation", "true (default), false, or the languages interpreted."),
            Map.entry("SessionDef.exclusive", "true when nothing of another body may run beside it (the opening)."),
            Map.entry("BlockDef.label", "What the block is, shown in the table."),
            Map.entry("ItemDef.number", "The agenda number as printed, e.g. \"1 (a)\"."),
            Map.entry("ItemDef.duration", "The time estimate, ISO 8601, e.g. \"PT45M\" or \"PT2H30M\"."),
            Map.entry("ItemDef.body", "The body that takes the item (default the first body)."),
            Map.entry("ItemDef.bodies", "Bodies that may take the item; the solver chooses."),
            Map.entry("ItemDef.interpretation", "true (default), false, or the languages the item needs."),
            Map.entry("ItemDef.splittable", "false when the item must not cross a session boundary."),
            Map.entry("ItemDef.after", "Items this one starts after, besides agenda order."),
            Map.entry("ItemDef.free", "true when the item may leave agenda order."),
            Map.entry("ItemDef.together", "Items to be taken together with this one."),
            Map.entry("ItemDef.notBefore", "Earliest start, \"yyyy-mm-ddTHH:mm\"."),
            Map.entry("ItemDef.notAfter", "Latest end, \"yyyy-mm-ddTHH:mm\"."),
            Map.entry("ItemDef.preferred", "Session ids the item would rather be in."),
            Map.entry("ItemDef.lastSession", "true when the item must be in the last session (adoption of the report)."),
            Map.entry("ItemDef.fixed", "A fixed start: a session and a time within it."),
            Map.entry("ItemDef.priority", "What gives way when the business does not fit: \"required\" (left out "
                    + "only when nothing else can make room; the default for fixed and last-session items), \"normal\" "
                    + "(the default) or \"low\" (left out first)."),
            Map.entry("ItemDef.minDuration", "The least time the item may be given, ISO 8601, at most its duration: "
                    + "it is shortened down to it before anything is left out."),
            Map.entry("ItemStart.duration", "The planned time of an item shortened below its estimate (absent: the "
                    + "whole estimate)."),
            Map.entry("Rules.order", "\"agenda\" (default) or \"free\"."),
            Map.entry("Rules.minSegment", "The shortest segment worth opening (default PT30M)."),
            Map.entry("Rules.grain", "The grain of start times (default PT5M)."),
            Map.entry("Rules.weights", "Weights of soft rules by rule key, overriding the defaults."),
            Map.entry("Rules.draftingTime", "Session time to keep free before the adoption of the report."),
            Map.entry("Programme.items", "Where each item starts: what is read back."),
            Map.entry("Programme.segments", "Derived from the starts, for people and other tools."),
            Map.entry("Programme.unscheduled", "Items that could not be placed."),
            Map.entry("Programme.overrides", "Scenario settings the programme was solved under."));

    private MeetingSchema() {
    }

    /** The schema as pretty-printed JSON, ending in a newline; the same every time. */
    public static String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(generate())
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The schema could not be written as JSON", e);
        }
    }

    static ObjectNode generate() {
        var builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        var mapper = builder.getObjectMapper();
        builder.forTypesInGeneral()
                // Fields in the order the records declare them, which is the order the files are written in.
                .withPropertySorter(PropertySortUtils.SORT_PROPERTIES_FIELDS_BEFORE_METHODS)
                .withDefinitionNamingStrategy(new DefaultSchemaDefinitionNamingStrategy() {
                    @Override
                    public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
                        // ItemDef is "an item" to a planner reading the schema; the only map is the rule weights.
                        return Map.class.isAssignableFrom(key.getType().getErasedType()) ? "Weights"
                                : super.getDefinitionNameForKey(key, context).replaceFirst("Def$", "");
                    }
                })
                .withCustomDefinitionProvider((type, context) -> {
                    var definition = handWritten(type.getErasedType(), mapper);
                    return definition == null ? null
                            : new CustomDefinition(definition, CustomDefinition.DefinitionType.ALWAYS_REF,
                                    CustomDefinition.AttributeInclusion.NO);
                });
        builder.forFields()
                .withRequiredCheck(field -> REQUIRED.contains(key(field)))
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null : DESCRIPTIONS.get(key(field)))
                .withStringPatternResolver(field -> field.isFakeContainerItemScope()
                        && key(field).equals("Interpretation.languages") ? LANGUAGE_CODE : null)
                .withEnumResolver(field -> key(field).equals("Rules.order") ? List.of("agenda", "free")
                        : key(field).equals("ItemDef.priority") ? ItemDef.PRIORITIES : null);
        var schema = new SchemaGenerator(builder.build()).generateSchema(MeetingFile.class);
        var top = mapper.createObjectNode()
                .put("$schema", SchemaVersion.DRAFT_7.getIdentifier())
                .put("title", "Agenda Planner meeting file (" + MeetingFile.FORMAT + ")")
                .put("description", "A meeting to plan, and once solved its programme. Generated from the "
                        + "model by `agenda schema`; the README's \"The file format\" explains each field.");
        top.setAll(schema);
        ((ObjectNode) top.get("properties").get("format")).put("const", MeetingFile.FORMAT);
        return top;
    }

    private static String key(FieldScope field) {
        return field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getDeclaredName();
    }

    /** The definitions the records cannot give: their JSON form is not their Java form. */
    private static ObjectNode handWritten(Class<?> type, ObjectMapper mapper) {
        if (type == LocalizedText.class) {
            var text = mapper.createObjectNode().put("type", "object")
                    .put("description", "A text by language code, e.g. {\"en\": \"Other matters\", \"zh\": \"其他事项\"}.")
                    .put("minProperties", 1);
            text.putObject("propertyNames").put("pattern", TEXT_LANGUAGE_CODE);
            text.putObject("additionalProperties").put("type", "string");
            return text;
        }
        if (type == LocalTime.class) {
            return mapper.createObjectNode().put("type", "string")
                    .put("description", "A 24-hour time of day, \"HH:mm\", e.g. \"15:00\".")
                    .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$");
        }
        if (type == LocalDate.class) {
            return mapper.createObjectNode().put("type", "string").put("format", "date")
                    .put("description", "A date, \"yyyy-mm-dd\", e.g. \"2020-03-17\".")
                    .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        if (type == LocalDateTime.class) {
            return mapper.createObjectNode().put("type", "string")
                    .put("description", "A date and time, \"yyyy-mm-ddTHH:mm\", e.g. \"2020-03-17T15:00\".")
                    .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$");
        }
        if (type == Duration.class) {
            return mapper.createObjectNode().put("type", "string")
                    .put("description", "A duration in ISO 8601, e.g. \"PT45M\" or \"PT2H30M\".")
                    .put("pattern", "^P(?!$)(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$");
        }
        if (type == LanguageNeed.class) {
            var need = mapper.createObjectNode()
                    .put("description", "true (all the meeting's languages), false (none), or a list of language "
                            + "codes.");
            var forms = need.putArray("oneOf");
            forms.addObject().put("type", "boolean");
            var list = forms.addObject().put("type", "array");
            list.putObject("items").put("type", "string").put("pattern", LANGUAGE_CODE);
            return need;
        }
        return null;
    }
}
