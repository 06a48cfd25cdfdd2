package org.agendaplanner.datasets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.agendaplanner.model.ReadingLimits;
import org.agendaplanner.model.Languages;
import org.agendaplanner.model.BlockDef;
import org.agendaplanner.model.Body;
import org.agendaplanner.model.FixedStart;
import org.agendaplanner.model.Interpretation;
import org.agendaplanner.model.ItemDef;
import org.agendaplanner.model.LanguageNeed;
import org.agendaplanner.model.LocalizedText;
import org.agendaplanner.model.Meeting;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.Rules;
import org.agendaplanner.model.SessionDef;

/**
 * Synthetic meetings of any size, reproducible from a seed: the same {@link Parameters} give the same file, byte
 * for byte.
 *
 * <p>The shape follows published organizations of work. Weekdays from Monday {@link #FIRST_DAY}, a 10:00–13:00
 * and a 15:00–18:00 session per body per day. The plenary meets throughout; the Committee of the Whole and the
 * working groups meet beside it from the first afternoon to the last morning, so nothing runs beside the opening
 * (day one, 10:00, fixed) or the adoption of the report (the plenary's last session). From three days on, the
 * plenary's last morning is a block for informal consultations on the draft report. Items are numbered like a UN
 * agenda: organizational items under 1 (a), (b), (c), then substantive items, some with sub-items, each given as a
 * whole to one body (the general debate to the plenary), then "Other matters" and the adoption of the report.
 *
 * <p><b>Feasible by construction</b> (the default), because the generator holds a programme that breaks no hard
 * rule, its witness:
 * <ul>
 * <li>Interpretation teams: the first {@code teams} bodies (plenary first) have interpreted sessions, the others
 * meet without interpretation (informal consultations) and take only items that need none. A body sits in one
 * session at a time, so no more interpreted sessions run at once than there are teams, wherever items go.</li>
 * <li>Time: each body's items and the gaps the witness leaves need at most 85 % of the time its sessions leave
 * after blocks. The witness lays the items one after the other in agenda order from the body's first session,
 * continuing at the start of its next session. It leaves a gap of less than {@value #FIXED_GAP_MINUTES} minutes
 * before each item with a fixed start, which it fixes at the first full or half hour at least 10 minutes after the
 * items before it end (or at the next session's start), so that a planner has some room before a fixed item, as in real
 * organizations of work; those gaps are taken from the body's time before durations are set. It puts the adoption
 * of the report at the start of the plenary's last session if the items before it end earlier. With that much time
 * to spare, everything ends within the sessions and the adoption (at most 45 minutes) lies wholly in the last
 * session. The opening is fixed at day one 10:00, where the witness starts it.</li>
 * <li>Only items the witness takes in one piece are marked not splittable.</li>
 * </ul>
 * With {@code feasible} false, every body's items need 115–125 % of its time instead (each item still fits its
 * body's sessions, as validation requires), and the plenary always takes the general debate, so at least the
 * plenary has more business than time: no programme places every item without breaking a hard rule.
 */
public final class MeetingGenerator {

    /** A Monday; generated meetings fall on the weekdays from here. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);
    public static final double DEFAULT_FIXED_SHARE = 0.05;

    private static final LocalTime MORNING_START = LocalTime.of(10, 0);
    private static final LocalTime MORNING_END = LocalTime.of(13, 0);
    private static final LocalTime AFTERNOON_START = LocalTime.of(15, 0);
    private static final LocalTime AFTERNOON_END = LocalTime.of(18, 0);
    private static final int MINUTES_PER_UNIT = 5;
    private static final int MAX_BODIES = 20;
    /** 52 weeks of weekdays: a generated meeting stays within the 366 days a meeting file may span. */
    private static final int MAX_DAYS = 260;
    /** Only short items are marked not splittable, as in real agendas (a provisional agenda, a decision). */
    private static final int LONGEST_UNSPLITTABLE_MINUTES = 90;
    /** The most session time the witness leaves before an item with a fixed start (see the class comment). */
    private static final int FIXED_GAP_MINUTES = 40;

    /**
     * What to generate. {@code fixedShare} is the share of items with a fixed start, the opening included (which is
     * always fixed).
     */
    public record Parameters(int days, int bodies, int items, int teams, double fixedShare, long seed,
            boolean feasible) {

        public Parameters {
            require(days >= 1 && days <= MAX_DAYS, "days must be between 1 and " + MAX_DAYS + ", not " + days);
            require(bodies >= 1 && bodies <= MAX_BODIES, "bodies must be between 1 and " + MAX_BODIES + ", not " + bodies);
            require(items >= (feasible ? 2 : 3), "items must be " + (feasible ? 2 : 3) + " or more"
                    + (feasible ? "" : " for an infeasible meeting (it needs a general debate)") + ", not " + items);
            require(items <= ReadingLimits.MAX_ITEMS, "items must be at most " + ReadingLimits.MAX_ITEMS + ", not " + items);
            require(teams >= 1, "teams must be 1 or more, not " + teams);
            require(fixedShare >= 0 && fixedShare <= 1, "the fixed share must be between 0 and 1, not " + fixedShare);
            require(days * 2L * bodies <= ReadingLimits.MAX_SESSIONS, days + " days of " + bodies + " bodies make more than "
                    + ReadingLimits.MAX_SESSIONS + " sessions; use fewer days or bodies");
        }

        public static Parameters of(int days, int bodies, int items, long seed) {
            return new Parameters(days, bodies, items, 1, DEFAULT_FIXED_SHARE, seed, true);
        }

        /** {@code generated-10days-4bodies-300items-seed7.json}; settings other than the defaults are named too. */
        public String fileName() {
            return "generated-" + days + "days-" + bodies + "bodies-" + items + "items"
                    + (teams == 1 ? "" : "-" + teams + "teams")
                    + (fixedShare == DEFAULT_FIXED_SHARE ? "" : "-fixed" + share())
                    + (feasible ? "" : "-infeasible")
                    + "-seed" + seed + ".json";
        }

        /** The command that generates this meeting, for the file's comment. */
        String command() {
            return "agenda generate --days " + days + " --bodies " + bodies + " --items " + items + " --teams " + teams
                    + " --fixed-share " + share() + " --seed " + seed + (feasible ? "" : " --infeasible");
        }

        private String share() {
            return String.format(Locale.ROOT, "%.2f", fixedShare);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message + ".");
            }
        }
    }

    private final Parameters parameters;
    private final Random random;
    private final List<Body> bodies = new ArrayList<>();
    private final List<SessionDef> sessions = new ArrayList<>();
    private final List<BlockDef> blocks = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    /** Each body's free minutes, by body index. */
    private long[] minutesByBody;

    private MeetingGenerator(Parameters parameters) {
        this.parameters = parameters;
        this.random = new Random(parameters.seed());
    }

    /** Builds the meeting; a meeting too dense to be feasible is refused with an IllegalArgumentException. */
    public static MeetingFile generate(Parameters parameters) {
        return new MeetingGenerator(parameters).build();
    }

    /** An item while it is being built: the fields that are decided step by step. */
    private static final class Draft {
        final String id;
        final String number;
        final LocalizedText title;
        final int bodyIndex;
        /** Shortest and longest usual minutes of a standard item; null for a substantive one. */
        final int[] usualMinutes;
        final double weight;
        final boolean lastSession;
        int minutes;
        boolean interpreted = true;
        boolean splittable = true;
        boolean fixedStart;
        FixedStart fixed;
        WitnessPlace witness;

        /** A standard item of the plenary: opening, election, agenda, other matters, adoption of the report. */
        Draft(String id, String number, Titles.Standard standard) {
            this.id = id;
            this.number = number;
            this.title = standard.title();
            this.bodyIndex = 0;
            this.usualMinutes = new int[] {standard.shortest(), standard.longest()};
            this.weight = 0;
            this.lastSession = standard == Titles.ADOPTION;
        }

        /** A substantive item, sharing its body's time with the others by weight. */
        Draft(String id, String number, LocalizedText title, int bodyIndex, double weight) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.bodyIndex = bodyIndex;
            this.usualMinutes = null;
            this.weight = weight;
            this.lastSession = false;
        }

        boolean substantive() {
            return usualMinutes == null;
        }
    }

    /**
     * Where the witness programme puts an item: its first session and start, and whether it stays in one piece.
     * Null for an item of an infeasible meeting that the witness could not start before its body's time ran out.
     */
    private record WitnessPlace(SessionDef session, LocalTime start, boolean inOnePiece) {
    }

    /** A body's free time within one session. */
    private record Window(SessionDef session, LocalDateTime start, LocalDateTime end) {

        long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }

    private MeetingFile build() {
        addBodies();
        addSessionsAndBlocks();
        minutesByBody = bodies.stream()
                .mapToLong(body -> windowsOf(body.id()).stream().mapToLong(Window::minutes).sum())
                .toArray();
        addAgenda();
        chooseFixedStarts();
        for (int body = 0; body < bodies.size(); body++) {
            setDurations(body);
            layWitness(body);
        }
        markInterpretation();
        markNotSplittable();
        return new MeetingFile(MeetingFile.FORMAT, comment(), meeting(), bodies,
                new Interpretation(Languages.CODES, parameters.teams(), null),
                sessions, blocks.isEmpty() ? null : blocks, drafts.stream().map(this::itemOf).toList(),
                new Rules("agenda", Duration.ofMinutes(30), Duration.ofMinutes(MINUTES_PER_UNIT), null), null);
    }

    private void addBodies() {
        bodies.add(new Body("plenary", text("Plenary", "全体会议"), null));
        if (parameters.bodies() > 1) {
            bodies.add(new Body("committee-of-the-whole", text("Committee of the Whole", "全体委员会"), null));
        }
        for (int group = 1; group <= parameters.bodies() - 2; group++) {
            bodies.add(new Body("working-group-" + group, text("Working Group " + group, "第" + group + "工作组"), null));
        }
    }

    private boolean interpreted(int bodyIndex) {
        return bodyIndex < parameters.teams();
    }

    private void addSessionsAndBlocks() {
        var dates = meetingDates();
        for (int day = 0; day < dates.size(); day++) {
            var date = dates.get(day);
            for (int body = 0; body < bodies.size(); body++) {
                boolean beside = body > 0;
                // Parallel bodies leave the opening and the adoption of the report to the plenary alone.
                if (!(beside && day == 0)) {
                    addSession(body, date, day, "am", MORNING_START, MORNING_END);
                }
                if (!(beside && day == dates.size() - 1 && dates.size() > 1)) {
                    addSession(body, date, day, "pm", AFTERNOON_START, AFTERNOON_END);
                }
            }
        }
        if (dates.size() >= 3) {
            blocks.add(new BlockDef("drafting", "plenary", dates.get(dates.size() - 1), MORNING_START, MORNING_END,
                    text("Informal consultations on the draft report", "关于报告草稿的非正式磋商"), null));
        }
    }

    private void addSession(int body, LocalDate date, int day, String half, LocalTime start, LocalTime end) {
        sessions.add(new SessionDef(bodies.get(body).id() + "-d" + (day + 1) + "-" + half, bodies.get(body).id(), date,
                start, end, interpreted(body) ? LanguageNeed.ALL : LanguageNeed.NONE, null));
    }

    private List<LocalDate> meetingDates() {
        var dates = new ArrayList<LocalDate>();
        for (var date = FIRST_DAY; dates.size() < parameters.days(); date = date.plusDays(1)) {
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Organizational items, substantive items (some with sub-items), "Other matters", the adoption of the report. */
    private void addAgenda() {
        int total = parameters.items();
        var organizational = new ArrayList<>(List.of(Titles.OPENING));
        if (total >= 6) {
            organizational.add(Titles.ELECTION);
        }
        if (total >= 4) {
            organizational.add(Titles.AGENDA);
        }
        boolean otherMatters = total >= 5;
        int substantive = total - organizational.size() - (otherMatters ? 2 : 1);

        for (int i = 0; i < organizational.size(); i++) {
            var numbered = numbered(1, i, organizational.size());
            drafts.add(new Draft(numbered[0], numbered[1], organizational.get(i)));
        }
        int number = 2;
        var themes = new Titles.Themes(random);
        for (int left = substantive; left > 0; number++) {
            int parts = Math.min(left, random.nextInt(4) < 3 ? 1 : 2 + random.nextInt(3));
            var theme = number == 2 ? Titles.GENERAL_DEBATE : themes.next();
            // The general debate is the plenary's; other items go to a body in proportion to its sessions.
            int body = number == 2 ? 0 : randomBody();
            var aspects = Titles.aspects(random, parts);
            for (int part = 0; part < parts; part++) {
                var numbered = numbered(number, part, parts);
                var title = parts == 1 ? theme : Titles.subItem(theme, aspects.get(part));
                drafts.add(new Draft(numbered[0], numbered[1], title, body, 1 + random.nextInt(8)));
            }
            left -= parts;
        }
        if (otherMatters) {
            drafts.add(new Draft(String.valueOf(number), String.valueOf(number), Titles.OTHER_MATTERS));
            number++;
        }
        drafts.add(new Draft(String.valueOf(number), String.valueOf(number), Titles.ADOPTION));
    }

    /** {@code {"3b", "3 (b)"}} for the second of several parts of item 3, {@code {"3", "3"}} for a lone one. */
    private static String[] numbered(int number, int part, int parts) {
        if (parts == 1) {
            return new String[] {String.valueOf(number), String.valueOf(number)};
        }
        char letter = (char) ('a' + part);
        return new String[] {number + String.valueOf(letter), number + " (" + letter + ")"};
    }

    private int randomBody() {
        long draw = (long) (random.nextDouble() * Arrays.stream(minutesByBody).sum());
        for (int body = 0; body < minutesByBody.length; body++) {
            draw -= minutesByBody[body];
            if (draw < 0) {
                return body;
            }
        }
        return minutesByBody.length - 1;
    }

    /**
     * Organizational and closing items take their usual few minutes; substantive items share what is left of the
     * body's load in proportion to their weights, in 5-minute units.
     */
    private void setDurations(int body) {
        var items = drafts.stream().filter(draft -> draft.bodyIndex == body).toList();
        if (items.isEmpty()) {
            return;
        }
        long available = minutesByBody[body];
        double load = parameters.feasible() ? 0.70 + 0.15 * random.nextDouble() : 1.15 + 0.10 * random.nextDouble();
        long usual = 0;
        var substantive = new ArrayList<Draft>();
        for (var draft : items) {
            if (draft.substantive()) {
                substantive.add(draft);
            } else {
                int steps = (draft.usualMinutes[1] - draft.usualMinutes[0]) / MINUTES_PER_UNIT;
                draft.minutes = draft.usualMinutes[0] + MINUTES_PER_UNIT * random.nextInt(steps + 1);
                usual += draft.minutes;
            }
        }
        long gaps = FIXED_GAP_MINUTES * items.stream().filter(draft -> draft.fixedStart && draft != drafts.get(0)).count();
        long units = ((long) (load * available) - usual - gaps) / MINUTES_PER_UNIT;
        // Validation refuses an item longer than all its body's sessions together.
        long cap = (available - 1) / MINUTES_PER_UNIT;
        if (units < substantive.size()) {
            throw new IllegalArgumentException("Too many items for the time: " + bodies.get(body).id() + " has "
                    + available / 60 + " h of sessions for " + items.size() + " items. Add days or bodies, or fix "
                    + "fewer items.");
        }
        var shares = apportion(units, substantive.stream().mapToDouble(draft -> draft.weight).toArray(), cap);
        for (int i = 0; i < substantive.size(); i++) {
            substantive.get(i).minutes = (int) (shares[i] * MINUTES_PER_UNIT);
        }
    }

    /**
     * Splits {@code units} (at least one per weight) in proportion to {@code weights}, at least one and at most
     * {@code cap} each: whole parts first, then one unit at a time by largest remainder, taken from the largest
     * shares when the minimum of one gave out too many.
     */
    private static long[] apportion(long units, double[] weights, long cap) {
        double totalWeight = Arrays.stream(weights).sum();
        var shares = new long[weights.length];
        var remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double ideal = units * weights[i] / totalWeight;
            shares[i] = Math.min(cap, Math.max(1, (long) ideal));
            remainders[i] = ideal - shares[i];
            given += shares[i];
        }
        while (given < units) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (shares[i] < cap && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break; // every item at its cap: the body gets less than its load, which only a single item can cause
            }
            shares[best]++;
            remainders[best]--;
            given++;
        }
        while (given > units) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (shares[i] > shares[largest]) {
                    largest = i;
                }
            }
            shares[largest]--;
            given--;
        }
        return shares;
    }

    /** The body's sessions less its blocks, in time order. */
    private List<Window> windowsOf(String bodyId) {
        var windows = new ArrayList<Window>();
        for (var session : sessions) {
            if (!session.body().equals(bodyId)) {
                continue;
            }
            var start = session.date().atTime(session.start());
            var end = session.date().atTime(session.end());
            for (var block : blocks) {
                if (block.body().equals(bodyId) && block.date().equals(session.date())
                        && !block.start().isAfter(session.start()) && !block.end().isBefore(session.end())) {
                    start = end; // generated blocks cover whole sessions
                }
            }
            if (start.isBefore(end)) {
                windows.add(new Window(session, start, end));
            }
        }
        return windows;
    }

    /**
     * The witness programme (see the class comment): the body's items back to back in agenda order, with some room
     * before each fixed start, and the adoption of the report moved to the start of the last session if it would
     * begin earlier. Fixes the items chosen for a fixed start where it starts them.
     */
    private void layWitness(int body) {
        var windows = windowsOf(bodies.get(body).id());
        int last = windows.size() - 1;
        int window = 0;
        var time = windows.get(0).start();
        for (var draft : drafts) {
            if (draft.bodyIndex != body) {
                continue;
            }
            if (draft.lastSession && window < last) {
                window = last;
                time = windows.get(last).start();
            }
            if (draft.fixedStart && draft != drafts.get(0)) {
                var earliest = time.plusMinutes(10);
                var halfHour = earliest.truncatedTo(ChronoUnit.HOURS).plusMinutes(
                        (earliest.getMinute() + 29) / 30 * 30L);
                time = halfHour.isBefore(windows.get(window).end()) ? halfHour : windows.get(window).end();
            }
            if (time.equals(windows.get(window).end()) && window < last) {
                window++;
                time = windows.get(window).start();
            }
            if (time.equals(windows.get(window).end())) {
                if (parameters.feasible()) {
                    throw new IllegalStateException("The witness programme overruns " + bodies.get(body).id());
                }
                continue; // the infeasible meeting's time has run out: this item has no place in the witness
            }
            var place = windows.get(window);
            var start = time;
            long remaining = draft.minutes;
            while (true) {
                long taken = Math.min(remaining, Duration.between(time, windows.get(window).end()).toMinutes());
                time = time.plusMinutes(taken);
                remaining -= taken;
                if (remaining == 0 || window == last) {
                    break;
                }
                window++;
                time = windows.get(window).start();
            }
            if (remaining > 0 && parameters.feasible()) {
                throw new IllegalStateException("The witness programme overruns " + bodies.get(body).id());
            }
            draft.witness = new WitnessPlace(place.session(), start.toLocalTime(),
                    remaining == 0 && !time.isAfter(place.end()));
            if (draft.fixedStart) {
                draft.fixed = new FixedStart(place.session().id(), start.toLocalTime());
            }
        }
    }

    /** Bodies without interpretation take only items that need none; elsewhere one item in ten needs none. */
    private void markInterpretation() {
        for (var draft : drafts) {
            draft.interpreted = interpreted(draft.bodyIndex) && !(draft.substantive() && random.nextInt(10) == 0);
        }
    }

    private void markNotSplittable() {
        for (var draft : drafts) {
            boolean shortAndWhole = draft.witness != null && draft.witness.inOnePiece()
                    && draft.minutes <= LONGEST_UNSPLITTABLE_MINUTES;
            if (shortAndWhole && random.nextInt(6) == 0) {
                draft.splittable = false;
            }
        }
    }

    /**
     * The opening, then others drawn at random; the witness fixes them. The adoption of the report is left free: its
     * place is the last session.
     */
    private void chooseFixedStarts() {
        drafts.get(0).fixedStart = true;
        var candidates = new ArrayList<>(drafts.subList(1, drafts.size()).stream()
                .filter(draft -> !draft.lastSession).toList());
        Collections.shuffle(candidates, random);
        long more = Math.round(parameters.fixedShare() * drafts.size()) - 1;
        for (int i = 0; i < more && i < candidates.size(); i++) {
            candidates.get(i).fixedStart = true;
        }
    }

    private ItemDef itemOf(Draft draft) {
        return new ItemDef(draft.id, draft.number, draft.title, Duration.ofMinutes(draft.minutes),
                bodies.get(draft.bodyIndex).id(), null, draft.interpreted ? null : LanguageNeed.NONE,
                draft.splittable ? null : false, null, null, null, null, null, null,
                draft.lastSession ? true : null, draft.fixed, null);
    }

    private Meeting meeting() {
        var title = "Generated meeting, " + parameters.days() + " days, " + parameters.bodies() + " bodies, "
                + parameters.items() + " items (seed " + parameters.seed() + ")";
        var titleZh = "生成的会议：" + parameters.days() + "天，" + parameters.bodies() + "个机构，" + parameters.items()
                + "个项目（种子" + parameters.seed() + "）";
        return new Meeting("GEN/" + parameters.days() + "D" + parameters.bodies() + "B" + parameters.items() + "I/"
                + parameters.seed(), text(title, titleZh), text("Vienna", "维也纳"), "Europe/Vienna");
    }

    private String comment() {
        return "Generated by `" + parameters.command() + "`. "
                + (parameters.feasible()
                        ? "Feasible by construction: each body's items need at most 85 % of its session time, "
                                + interpretedBodies() + ", and the generator laid out a programme that breaks no "
                                + "hard rule before fixing items at their places in it."
                        : "Infeasible by construction: each body's items need 115-125 % of its session time.");
    }

    private String interpretedBodies() {
        if (parameters.teams() >= bodies.size()) {
            return "every body has interpreted sessions, with a team each";
        }
        return parameters.teams() == 1 ? "only the plenary has interpreted sessions"
                : "only the first " + parameters.teams() + " bodies have interpreted sessions";
    }

    private static LocalizedText text(String english, String chinese) {
        var byLanguage = new LinkedHashMap<String, String>();
        byLanguage.put("en", english);
        if (chinese != null) {
            byLanguage.put("zh", chinese);
        }
        return new LocalizedText(byLanguage);
    }

    /** Agenda titles in English, with the Chinese of the standard ones and of some themes. */
    static final class Titles {

        /** An item every session has, with the shortest and longest minutes it usually takes. */
        record Standard(LocalizedText title, int shortest, int longest) {
        }

        static final Standard OPENING = new Standard(text("Opening of the session", "会议开幕"), 10, 15);
        static final Standard ELECTION = new Standard(text("Election of officers", "选举主席团成员"), 10, 20);
        static final Standard AGENDA = new Standard(
                text("Adoption of the agenda and organization of work", "通过议程和工作安排"), 15, 30);
        static final Standard OTHER_MATTERS = new Standard(text("Other matters", "其他事项"), 10, 20);
        static final Standard ADOPTION = new Standard(text("Adoption of the report", "通过报告"), 30, 45);
        static final LocalizedText GENERAL_DEBATE = text("General debate", "一般性辩论");

        private static final List<LocalizedText> THEMES = List.of(
                text("Review of the implementation of the Convention", "审议公约的执行情况"),
                text("Technical assistance and capacity-building", "技术援助和能力建设"),
                text("International cooperation", "国际合作"),
                text("Financial and budgetary matters", "财务和预算事项"),
                text("Reports of the subsidiary bodies", "附属机构的报告"),
                text("Follow-up to the decisions of the previous session", "前届会议决定的后续行动"),
                text("Preparations for the next session", "下届会议的筹备工作"),
                text("Strategic management, budgetary and administrative questions", null),
                text("Coordination with other United Nations entities", null),
                text("Implementation of the programme of work", null),
                text("Emerging issues and responses", null),
                text("Gender equality and the empowerment of women", "性别平等和赋予妇女权能"),
                text("Data collection, research and analysis", null),
                text("Cooperation with civil society, academia and the private sector", null),
                text("Prevention and awareness-raising", null),
                text("Mobilization of resources", "调动资源"),
                text("Thematic discussion on the protection of victims and witnesses", null),
                text("Use and application of standards and norms", null),
                text("Contributions to the 2030 Agenda for Sustainable Development", null),
                text("Provisional agenda for the next session", "下届会议临时议程"));

        private static final List<LocalizedText> ASPECTS = List.of(
                text("prevention", "预防"),
                text("criminalization and law enforcement", null),
                text("international cooperation", "国际合作"),
                text("asset recovery", "追回资产"),
                text("information exchange", null),
                text("review mechanisms", null),
                text("needs of developing countries", null),
                text("partnerships", "伙伴关系"),
                text("reporting obligations", null),
                text("working methods", "工作方法"));

        private Titles() {
        }

        /** "Financial and budgetary matters: asset recovery", in Chinese too when both parts have it. */
        static LocalizedText subItem(LocalizedText theme, LocalizedText aspect) {
            var english = theme.in("en").orElseThrow() + ": " + aspect.in("en").orElseThrow();
            var chinese = theme.in("zh").isPresent() && aspect.in("zh").isPresent()
                    ? theme.in("zh").get() + "：" + aspect.in("zh").get() : null;
            return text(english, chinese);
        }

        static List<LocalizedText> aspects(Random random, int count) {
            var aspects = new ArrayList<>(ASPECTS);
            Collections.shuffle(aspects, random);
            return aspects.subList(0, count);
        }

        /** Themes in a shuffled order; once all are used, they come round again as "further consideration". */
        static final class Themes {

            private final Random random;
            private final List<LocalizedText> queue = new ArrayList<>();
            private int round;

            Themes(Random random) {
                this.random = random;
            }

            LocalizedText next() {
                if (queue.isEmpty()) {
                    queue.addAll(THEMES);
                    Collections.shuffle(queue, random);
                    round++;
                }
                var theme = queue.remove(0);
                return round == 1 ? theme : text(theme.in("en").orElseThrow() + ": further consideration",
                        theme.in("zh").map(chinese -> chinese + "：进一步审议").orElse(null));
            }
        }
    }
}
