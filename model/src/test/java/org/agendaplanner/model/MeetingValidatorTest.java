package org.agendaplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Given a meeting, when it is validated, then every problem is found, and none of them makes the validator fail:
 * whatever a file leaves out, a planner gets a message, never an internal error.
 */
class MeetingValidatorTest {

    /** A valid meeting that uses every field of the format at least once, and has a programme. */
    private static final Path EVERY_FIELD = Path.of("src/test/resources/every-field.json");

    /** A meeting and where in it one field was set to null. */
    private record Variant(String path, Object value) {
    }

    @Test
    void theMeetingWithEveryFieldIsValid() throws Exception {
        assertEquals(List.of(), MeetingValidator.validate(MeetingReader.read(EVERY_FIELD)));
    }

    @Test
    void anyFieldLeftOutGivesProblemsWithAPlaceAndAFixNeverAnException() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var variants = nulled(meeting, "");
        var reported = 0;
        for (var variant : variants) {
            List<Problem> problems;
            try {
                problems = MeetingValidator.validate((MeetingFile) variant.value());
            } catch (RuntimeException e) {
                throw new AssertionError("validating with " + variant.path() + " null threw " + e, e);
            }
            for (var problem : problems) {
                assertFalse(problem.path() == null || problem.path().isEmpty(), variant.path() + ": " + problem);
                assertFalse(problem.fix() == null || problem.fix().isEmpty(), variant.path() + ": " + problem);
            }
            reported += problems.isEmpty() ? 0 : 1;
        }
        assertTrue(variants.size() > 150, "the walk covers the whole meeting: " + variants.size());
        assertTrue(reported > 40, "required fields left out are reported: " + reported + " of " + variants.size());
    }

    @Test
    void requiredFieldsLeftOutAreReportedAtTheirPath() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var variants = nulled(meeting, "");
        for (var required : List.of("bodies[0].id", "sessions[1].start", "sessions[1].end", "sessions[1].date",
                "sessions[1].id", "items[1].id", "items[1].title", "items[1].title.en", "items[1].duration",
                "items[0].fixed.session", "rules.weights.idleTime", "programme.items[2].start",
                "programme.items[2].session", "programme.items[2].item", "meeting.title.zh")) {
            var variant = variants.stream().filter(candidate -> candidate.path().equals(required)).findFirst()
                    .orElseThrow(() -> new AssertionError("no variant with " + required + " null"));
            var problems = MeetingValidator.validate((MeetingFile) variant.value());
            assertTrue(problems.stream().anyMatch(problem -> problem.path().equals(required)),
                    required + " null is reported there: " + problems);
        }
    }

    @Test
    void weightsUpToTheLimitAreAcceptedAndAboveItRefused() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var rules = meeting.rulesOrDefault();

        var largest = meeting.withRules(new Rules(rules.order(), rules.minSegment(), rules.grain(),
                Map.of("idleTime", Rules.MAX_WEIGHT), rules.draftingTime()));
        var above = meeting.withRules(new Rules(rules.order(), rules.minSegment(), rules.grain(),
                Map.of("idleTime", Rules.MAX_WEIGHT + 1), rules.draftingTime()));

        assertEquals(List.of(), MeetingValidator.validate(largest));
        var problems = MeetingValidator.validate(above);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("rules.weights.idleTime", problems.get(0).path());
        assertEquals("The weight 1001 is above the largest, 1000.", problems.get(0).message());
    }

    @Test
    void sessionsAndBlocksFallWithin366DaysAndTheOnesOutsideAreNamed() {
        var dates = List.of(LocalDate.of(2020, 3, 17), LocalDate.of(2020, 3, 18), LocalDate.of(6200, 1, 1),
                LocalDate.of(2021, 3, 17), LocalDate.of(2021, 3, 18));

        var span = MeetingSpan.holdingMost(dates);

        // 2020-03-17 to 2021-03-17 is 366 days with the leap day: it holds three dates, the most any window holds.
        assertEquals(new MeetingSpan(LocalDate.of(2020, 3, 17), LocalDate.of(2021, 3, 17)), span);
        assertFalse(span.holds(LocalDate.of(2021, 3, 18)));
        assertTrue(span.holds(LocalDate.of(2021, 3, 18).atStartOfDay()), "up to the midnight after the last day");
        assertFalse(span.holds(LocalDate.of(2021, 3, 18).atTime(0, 5)));
        assertFalse(span.holds(LocalDate.of(2020, 3, 16).atTime(23, 55)));
    }

    @Test
    void timeWindowsFarFromTheMeetingAreRefused() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var items = new ArrayList<>(meeting.items());
        var item = items.get(3);
        items.set(3, new ItemDef(item.id(), item.number(), item.title(), item.duration(), item.body(), item.bodies(),
                item.interpretation(), item.splittable(), item.after(), item.free(), item.together(),
                LocalDateTime.of(1999, 3, 17, 10, 0), LocalDateTime.of(2020, 3, 19, 0, 5), item.preferred(),
                item.lastSession(), item.fixed(), item.note()));
        var far = new MeetingFile(meeting.format(), meeting.comment(), meeting.meeting(), meeting.bodies(),
                meeting.interpretation(), meeting.sessions(), meeting.blocks(), items, meeting.rules(), null);

        var problems = MeetingValidator.validate(far);

        assertEquals(List.of("items[3].notBefore", "items[3].notAfter"), problems.stream().map(Problem::path).toList());
        assertEquals("notBefore (1999-03-17T10:00) is outside the meeting's days (2020-03-17 to 2020-03-18).",
                problems.get(0).message());
        assertEquals("notAfter (2020-03-19T00:05) is outside the meeting's days (2020-03-17 to 2020-03-18).",
                problems.get(1).message());
    }

    @Test
    void aChainOfAHundredThousandAfterLinksIsFollowedWithoutDeepRecursion() {
        var links = new LinkedHashMap<String, List<String>>();
        int length = 100_000;
        for (int i = 1; i <= length; i++) {
            links.put("item" + i, i < length ? List.of("item" + (i + 1)) : List.of());
        }
        assertEquals(null, AfterCycles.first(links));

        links.put("item" + length, List.of("item1"));
        var cycle = AfterCycles.first(links);

        assertEquals(length + 1, cycle.size());
        assertEquals(List.of("item1", "item2"), cycle.subList(0, 2));
        assertEquals(List.of("item" + length, "item1"), cycle.subList(length - 1, length + 1));
    }

    @Test
    void anUnknownReferenceWithNoCloseIdListsTheIdsThereAreTheFirstFewOfMany() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var template = meeting.items().get(1);
        var items = new ArrayList<ItemDef>();
        for (int i = 1; i <= 20; i++) {
            var after = i == 20 ? List.of("opening") : List.<String> of();
            items.add(new ItemDef("item" + i, String.valueOf(i), template.title(), Duration.ofMinutes(1), null,
                    null, null, null, after, true, null, null, null, null, null, null, null));
        }
        var many = new MeetingFile(meeting.format(), null, meeting.meeting(), meeting.bodies(),
                meeting.interpretation(), meeting.sessions(), null, items, null, null);

        var problems = MeetingValidator.validate(many);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("items[19].after[0]", problems.get(0).path());
        assertEquals("The items are \"item1\", \"item2\", \"item3\", \"item4\", \"item5\", \"item6\", \"item7\", "
                + "\"item8\" and 12 more. Use an item id from \"items\".", problems.get(0).fix());
    }

    @Test
    void theCycleFoundIsTheFirstFromTheSmallestIdFollowingLinksInOrder() {
        var links = new LinkedHashMap<String, List<String>>();
        links.put("1", List.of("2"));
        links.put("2", List.of("9", "3"));
        links.put("3", List.of("4"));
        links.put("4", List.of("2", "1"));

        // From 1: 2, then 9 (unknown, skipped), then 3, 4, whose first link closes the cycle at 2.
        assertEquals(List.of("2", "3", "4", "2"), AfterCycles.first(links));
    }

    @Test
    void fiveThousandItemsEachAfterTheNextAreValidAndALinkBackIsOneShortLine() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var template = meeting.items().get(1);
        var items = new ArrayList<ItemDef>();
        int count = ReadingLimits.MAX_ITEMS;
        for (int i = 1; i <= count; i++) {
            var after = i < count ? List.of(String.valueOf(i + 1)) : List.<String> of();
            items.add(new ItemDef(String.valueOf(i), String.valueOf(i), template.title(), Duration.ofMinutes(1), null,
                    null, null, null, after, true, null, null, null, null, null, null, null));
        }
        var chain = new MeetingFile(meeting.format(), null, meeting.meeting(), meeting.bodies(),
                meeting.interpretation(), meeting.sessions(), null, items, null, null);
        assertEquals(List.of(), MeetingValidator.validate(chain));

        var last = items.get(count - 1);
        items.set(count - 1, new ItemDef(last.id(), last.number(), last.title(), last.duration(), null, null, null,
                null, List.of("1"), true, null, null, null, null, null, null, null));
        var problems = MeetingValidator.validate(chain);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("The \"after\" links form a cycle of 5000 items: 1 after 2 after 3 after 4 after … after 5000 "
                + "after 1.", problems.get(0).message());
    }

    @Test
    void theGrainOfAStartIsCountedFromTheEndOfABlockBeforeIt() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        // wed-am runs 10:00-13:00; a briefing to 10:12 moves the first start the solver can give to 10:12.
        var blocks = List.of(new BlockDef("briefing", "plenary", LocalDate.of(2020, 3, 18), LocalTime.of(10, 0),
                LocalTime.of(10, 12), LocalizedText.of("en", "Briefing"), null));

        assertEquals(List.of(), startProblems(meeting, blocks, LocalTime.of(10, 12)));
        assertEquals(List.of(), startProblems(meeting, blocks, LocalTime.of(10, 17)));
        var offGrain = startProblems(meeting, blocks, LocalTime.of(10, 15));
        assertEquals(List.of("programme.items[3].start"), offGrain.stream().map(Problem::path).toList());
        assertEquals("Start at 10:12 or 10:17, or set a finer rules.grain.", offGrain.get(0).fix());
        var inBlock = startProblems(meeting, blocks, LocalTime.of(10, 5));
        assertEquals("The start 10:05 falls in block \"briefing\" (10:00–10:12), which holds no items.",
                inBlock.get(0).message());
    }

    /** The problems of the meeting with these blocks and item 3 (in wed-am) starting at {@code start}. */
    private static List<Problem> startProblems(MeetingFile meeting, List<BlockDef> blocks, LocalTime start) {
        var starts = new ArrayList<>(meeting.programme().items());
        starts.set(3, new ItemStart("3", "wed-am", start));
        var programme = new Programme(meeting.programme().score(), starts, null, null);
        return MeetingValidator.validate(new MeetingFile(meeting.format(), meeting.comment(), meeting.meeting(),
                meeting.bodies(), meeting.interpretation(), meeting.sessions(), blocks, meeting.items(),
                meeting.rules(), programme));
    }

    @Test
    void aProblemInAnEntryNamesItsIdInItsPlaceAndKeepsThePathForTools() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var sessions = new ArrayList<>(meeting.sessions());
        var session = sessions.get(1);
        sessions.set(1, new SessionDef(session.id(), session.body(), session.date(), session.start(), null,
                session.interpretation(), session.note()));
        var items = new ArrayList<>(meeting.items());
        var item = items.get(0);
        items.set(0, new ItemDef(item.id(), item.number(), item.title(), item.duration(), item.body(), item.bodies(),
                item.interpretation(), item.splittable(), item.after(), item.free(), item.together(), item.notBefore(),
                item.notAfter(), item.preferred(), item.lastSession(), new FixedStart("tue-pn", LocalTime.of(15, 0)),
                item.note()));

        var problems = MeetingValidator.validate(new MeetingFile(meeting.format(), null, meeting.meeting(),
                meeting.bodies(), meeting.interpretation(), sessions, meeting.blocks(), items, meeting.rules(), null));

        assertEquals(List.of("sessions[1].end", "items[0].fixed.session"), problems.stream().map(Problem::path).toList());
        assertEquals("sessions[1] (tue-pm).end", problems.get(0).place());
        assertEquals("f.json: sessions[1] (tue-pm).end: The session has no end time. Fix: Add \"end\": \"HH:mm\".",
                problems.get(0).describe("f.json"));
        assertEquals("items[0] (1a).fixed.session", problems.get(1).place());
        assertEquals("Did you mean \"tue-pm\"? Use a session id from \"sessions\".", problems.get(1).fix());
    }

    @Test
    void aRepeatedIdNamesBothEntries() throws Exception {
        var meeting = MeetingReader.read(EVERY_FIELD);
        var bodies = new ArrayList<>(meeting.bodies());
        bodies.add(new Body("cow", LocalizedText.of("en", "Committee II"), null));

        var problems = MeetingValidator.validate(new MeetingFile(meeting.format(), null, meeting.meeting(), bodies,
                meeting.interpretation(), meeting.sessions(), meeting.blocks(), meeting.items(), meeting.rules(),
                meeting.programme()));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("bodies[2] (cow).id", problems.get(0).place());
        assertEquals("The id \"cow\" is used twice: bodies[1] has it too.", problems.get(0).message());
    }

    @Test
    void anIdWithALineBreakIsQuotedOnOneLine() {
        assertEquals("\"tue\\u000Apm\"", Problem.quoted("tue\npm"));
        assertEquals("\"say \\\"hi\\\"\"", Problem.quoted("say \"hi\""));
    }

    /** Every copy of {@code value} with one field, at any depth, set to null (or one map value, for texts and weights). */
    private static List<Variant> nulled(Object value, String path) throws ReflectiveOperationException {
        var variants = new ArrayList<Variant>();
        if (value instanceof Record record) {
            var components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                var component = components[i];
                var child = component.getAccessor().invoke(record);
                var childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                if (component.getType().isPrimitive()) {
                    continue;
                }
                if (child != null) {
                    addIfBuilt(variants, childPath, record, components, i, null);
                }
                for (var inner : nulled(child, childPath)) {
                    addIfBuilt(variants, inner.path(), record, components, i, inner.value());
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                for (var inner : nulled(list.get(i), path + "[" + i + "]")) {
                    var copy = new ArrayList<Object>(list);
                    copy.set(i, inner.value());
                    variants.add(new Variant(inner.path(), copy));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var key : map.keySet()) {
                var copy = new LinkedHashMap<Object, Object>(map);
                copy.put(key, null);
                variants.add(new Variant(path.replaceFirst("\\.byLanguage$", "") + "." + key, copy));
            }
        }
        return variants;
    }

    /** A record with one component replaced, unless the record itself refuses that value (then no file has it). */
    private static void addIfBuilt(List<Variant> variants, String path, Record record, RecordComponent[] components,
            int index, Object replacement) throws ReflectiveOperationException {
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? replacement : components[i].getAccessor().invoke(record);
        }
        var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        var constructor = record.getClass().getDeclaredConstructor(types);
        constructor.setAccessible(true);
        try {
            variants.add(new Variant(path, constructor.newInstance(values)));
        } catch (InvocationTargetException refused) {
            // e.g. LanguageNeed without its list: the parser can never produce it.
        }
    }
}
