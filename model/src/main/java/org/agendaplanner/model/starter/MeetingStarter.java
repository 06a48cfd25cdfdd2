package org.agendaplanner.model.starter;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agendaplanner.model.Languages;
import org.agendaplanner.model.Body;
import org.agendaplanner.model.FixedStart;
import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.Meeting;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Problem;
import org.agendaplanner.model.Rules;
import org.agendaplanner.model.SessionDef;

/**
 * Builds a meeting to start from, as {@code agenda new} writes it and the planner's page creates it: the session
 * grid of each body on each day, the interpretation they have, and the agenda items, from a spreadsheet, pasted
 * lines or the standard organizational ones. The readings of a grid, an interpretation choice and a time estimate
 * live here too, so that both say the same.
 */
public final class MeetingStarter {

    /** How to write a time estimate, as every refusal of one says. */
    public static final String ESTIMATE_FIX = "Write minutes (45), hours and minutes (1:30), or ISO 8601 (PT45M).";

    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*(m|min|mins|minutes)?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d+)\\s*[:h]\\s*(\\d{1,2})?\\s*(m|min)?");

    /** One slot of the daily grid, e.g. 10:00–13:00. */
    public record Slot(LocalTime start, LocalTime end) {
    }

    /** Which sessions have interpretation: all, none, or the first N of each day (the first body's first). */
    public record Interpreted(Integer perDay) {
        public static final Interpreted ALL = new Interpreted(null);
        public static final Interpreted NONE = new Interpreted(0);

        public boolean all() {
            return perDay == null;
        }
    }

    public record Settings(String title, String id, LocalDate from, int days, boolean weekends, List<String> bodies,
            List<Slot> grid, Interpreted interpreted) {
    }

    /**
     * One agenda item as a planner lists it; {@code line} is where it was given (its row, its pasted line).
     * {@code priority} and {@code minDuration} are null for the defaults.
     */
    public record Row(int line, String id, String number, LocalizedText title, Duration estimate, String body,
            Fixed fixed, boolean lastSession, String priority, Duration minDuration) {

        /** A row with no priority but the default, never shortened. */
        public Row(int line, String id, String number, LocalizedText title, Duration estimate, String body, Fixed fixed,
                boolean lastSession) {
            this(line, id, number, title, estimate, body, fixed, lastSession, null, null);
        }
    }

    /** A fixed start: at the start of the item's body's first session, or at a given date and time. */
    public record Fixed(boolean atOpening, LocalDateTime at, String text) {
    }

    /** {@code 10:00-13:00,15:00-18:00}: slots in order of the day that do not overlap. */
    public static List<Slot> grid(String text) {
        var slots = new ArrayList<Slot>();
        for (var part : text.split(",")) {
            var ends = part.trim().split("\\s*[-–]\\s*");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("not two times", part, 0);
                }
                var slot = new Slot(time(ends[0]), time(ends[1]));
                if (!slot.end().isAfter(slot.start())) {
                    throw new IllegalArgumentException("the session " + part.trim() + " ends before it starts");
                }
                if (!slots.isEmpty() && slot.start().isBefore(slots.get(slots.size() - 1).end())) {
                    throw new IllegalArgumentException("the session " + part.trim() + " starts before the one "
                            + "before it ends; give the sessions in the order of the day");
                }
                slots.add(slot);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a session; write start and end "
                        + "as HH:mm-HH:mm, e.g. 09:30-12:30,14:30-17:30");
            }
        }
        return slots;
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    /** {@code all}, {@code none}, or a number of interpreted sessions per day. */
    public static Interpreted interpreted(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "all":
                return Interpreted.ALL;
            case "none":
                return Interpreted.NONE;
            default:
                try {
                    int perDay = Integer.parseInt(value.trim());
                    if (perDay >= 0) {
                        return new Interpreted(perDay);
                    }
                } catch (NumberFormatException e) {
                    // said below
                }
                throw new IllegalArgumentException("'" + value + "' is not all, none or a number of interpreted "
                        + "sessions per day");
        }
    }

    /**
     * A time estimate as planners write it: minutes ({@code 45}), hours and minutes ({@code 1:30}, {@code 1h30}) or
     * ISO 8601 ({@code PT45M}); empty when the text is none of these in whole minutes.
     */
    public static Optional<Duration> estimate(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        Duration estimate = null;
        var minutes = MINUTES.matcher(lower);
        var hoursMinutes = HOURS_MINUTES.matcher(lower);
        if (minutes.matches()) {
            estimate = Duration.ofMinutes(Long.parseLong(minutes.group(1)));
        } else if (hoursMinutes.matches()) {
            estimate = Duration.ofHours(Long.parseLong(hoursMinutes.group(1)))
                    .plusMinutes(hoursMinutes.group(2) == null ? 0 : Long.parseLong(hoursMinutes.group(2)));
        } else if (lower.startsWith("pt")) {
            try {
                estimate = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                estimate = null;
            }
        }
        if (estimate == null || estimate.isZero() || estimate.isNegative() || estimate.toSeconds() % 60 != 0) {
            return Optional.empty();
        }
        return Optional.of(estimate);
    }

    /** "1 (a)" becomes "1a", the id the shipped datasets use. */
    public static String idOf(String number) {
        return number.replaceAll("[\\s()]", "").toLowerCase(Locale.ROOT);
    }


    /** Names of the bodies most meetings have; another body is named by its id until the planner names it. */
    private static final Map<String, LocalizedText> KNOWN_BODIES = Map.of(
            "plenary", texts("الجلسة العامة", "全体会议", "Plenary", "Plénière", "Пленарное заседание", "Plenaria"),
            "cow", texts("اللجنة الجامعة", "全体委员会", "Committee of the Whole", "Commission plénière",
                    "Комитет полного состава", "Comité Plenario"));

    private MeetingStarter() {
    }

    private static LocalizedText texts(String ar, String zh, String en, String fr, String ru, String es) {
        var byLanguage = new LinkedHashMap<String, String>();
        byLanguage.put("en", en);
        byLanguage.put("fr", fr);
        byLanguage.put("es", es);
        byLanguage.put("ru", ru);
        byLanguage.put("zh", zh);
        byLanguage.put("ar", ar);
        return new LocalizedText(byLanguage);
    }

    /** The standard organizational items, in the six languages, with the opening fixed and the report last. */
    public static List<Row> organizationalItems() {
        return List.of(
                new Row(0, "1", "1", texts("افتتاح الاجتماع", "会议开幕", "Opening of the meeting",
                        "Ouverture de la réunion", "Открытие совещания", "Apertura de la reunión"),
                        Duration.ofMinutes(15), null, new Fixed(true, null, "yes"), false),
                new Row(0, "2", "2", texts("انتخاب أعضاء المكتب", "选举主席团成员", "Election of officers",
                        "Élection du Bureau", "Выборы должностных лиц", "Elección de la Mesa"),
                        Duration.ofMinutes(15), null, null, false),
                new Row(0, "3", "3", texts("إقرار جدول الأعمال وتنظيم الأعمال", "通过议程和工作安排",
                        "Adoption of the agenda and organization of work",
                        "Adoption de l'ordre du jour et organisation des travaux",
                        "Утверждение повестки дня и организация работы",
                        "Aprobación del programa y organización de los trabajos"),
                        Duration.ofMinutes(15), null, null, false),
                new Row(0, "4", "4", texts("مسائل أخرى", "其他事项", "Other matters", "Questions diverses",
                        "Прочие вопросы", "Otros asuntos"), Duration.ofMinutes(15), null, null, false),
                new Row(0, "5", "5", texts("اعتماد التقرير", "通过报告", "Adoption of the report",
                        "Adoption du rapport", "Утверждение доклада", "Aprobación del informe"),
                        Duration.ofMinutes(30), null, null, true));
    }

    /** The meeting days: weekdays from {@code from} on, or every day with {@code weekends}. */
    public static List<LocalDate> days(LocalDate from, int count, boolean weekends) {
        var days = new ArrayList<LocalDate>();
        for (var day = from; days.size() < count; day = day.plusDays(1)) {
            if (weekends || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * The meeting, or the problems of the rows (a fixed start that no session holds), each at its row's line.
     * Problems that only the whole file shows are left to the reader, which checks what is written.
     */
    public static MeetingFile build(Settings settings, List<Row> rows, List<Problem> problems) {
        var days = days(settings.from(), settings.days(), settings.weekends());
        var sessions = sessions(settings, days);
        var items = new ArrayList<ItemDef>();
        for (var row : rows) {
            var body = row.body() == null ? settings.bodies().get(0) : row.body();
            var bodySessions = sessions.stream().filter(session -> session.body().equals(body)).toList();
            var interpreted = bodySessions.stream().anyMatch(session -> !session.interpretationOrDefault().isNone());
            items.add(new ItemDef(row.id(), row.number(), row.title(), row.estimate(), row.body(), null,
                    interpreted ? null : LanguageNeed.NONE, null, null, null, null, null, null, null,
                    row.lastSession() ? Boolean.TRUE : null, fixedStart(row, body, bodySessions, problems), null,
                    row.priority(), row.minDuration()));
        }
        var bodies = settings.bodies().stream()
                .map(id -> new Body(id, KNOWN_BODIES.getOrDefault(id, LocalizedText.of("en", id)), null))
                .toList();
        var interpretation = settings.interpreted().perDay() != null && settings.interpreted().perDay() == 0 ? null
                : new Interpretation(Languages.CODES, teams(sessions), null);
        return new MeetingFile(MeetingFile.FORMAT, null,
                new Meeting(settings.id(), LocalizedText.of("en", settings.title()), null, null),
                bodies, interpretation, sessions, null, items,
                new Rules("agenda", Rules.DEFAULT_MIN_SEGMENT, Rules.DEFAULT_GRAIN, null), null);
    }

    private static List<SessionDef> sessions(Settings settings, List<LocalDate> days) {
        var slotNames = slotNames(settings.grid());
        boolean weekdayNames = ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) < 7;
        var sessions = new ArrayList<SessionDef>();
        for (int d = 0; d < days.size(); d++) {
            var day = days.get(d);
            var dayName = weekdayNames ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT) : "d" + (d + 1);
            int interpretedToday = 0;
            for (var body : settings.bodies()) {
                for (int s = 0; s < settings.grid().size(); s++) {
                    var slot = settings.grid().get(s);
                    var interpreted = settings.interpreted().all()
                            || interpretedToday < settings.interpreted().perDay();
                    if (interpreted) {
                        interpretedToday++;
                    }
                    var id = (settings.bodies().size() > 1 ? body + "-" : "") + dayName + "-" + slotNames.get(s);
                    // Nothing runs beside the opening: the first body's first session, when bodies meet in parallel.
                    var exclusive = settings.bodies().size() > 1 && d == 0 && s == 0
                            && body.equals(settings.bodies().get(0)) ? Boolean.TRUE : null;
                    sessions.add(new SessionDef(id, body, day, slot.start(), slot.end(),
                            interpreted ? LanguageNeed.ALL : LanguageNeed.NONE, exclusive, null));
                }
            }
        }
        return sessions;
    }

    /** am, pm, eve by the time of day; numbered when two slots would share a name. */
    private static List<String> slotNames(List<Slot> grid) {
        var names = grid.stream().map(slot -> slot.start().isBefore(LocalTime.NOON) ? "am"
                : slot.start().isBefore(LocalTime.of(18, 0)) ? "pm" : "eve").toList();
        if (names.stream().distinct().count() == names.size()) {
            return names;
        }
        var numbered = new ArrayList<String>();
        for (int i = 0; i < grid.size(); i++) {
            numbered.add("s" + (i + 1));
        }
        return numbered;
    }

    /** As many teams as interpreted sessions meet at once, so that the grid as written can be interpreted. */
    private static int teams(List<SessionDef> sessions) {
        var atOnce = new HashMap<String, Integer>();
        for (var session : sessions) {
            if (!session.interpretationOrDefault().isNone()) {
                atOnce.merge(session.date() + " " + session.start(), 1, Integer::sum);
            }
        }
        return Math.max(1, atOnce.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    private static FixedStart fixedStart(Row row, String body, List<SessionDef> bodySessions,
            List<Problem> problems) {
        if (row.fixed() == null) {
            return null;
        }
        if (row.fixed().atOpening()) {
            var first = bodySessions.get(0);
            return new FixedStart(first.id(), first.start());
        }
        var at = row.fixed().at();
        Optional<SessionDef> holding = bodySessions.stream()
                .filter(session -> session.date().equals(at.toLocalDate())
                        && !at.toLocalTime().isBefore(session.start()) && at.toLocalTime().isBefore(session.end()))
                .findFirst();
        if (holding.isEmpty()) {
            problems.add(new Problem("fixed", "No session of " + body + " holds " + row.fixed().text() + ".",
                    "Give a date and time within one of its sessions, e.g. " + bodySessions.get(0).date() + " "
                            + bodySessions.get(0).start() + ", or change --from, --days or --grid.", row.line(),
                    null));
            return null;
        }
        return new FixedStart(holding.get().id(), at.toLocalTime());
    }
}
