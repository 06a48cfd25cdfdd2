package org.agendaplanner.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed strings of the "proposed organization of work" annex, in each of the six official
 * UN languages, written the way UN documents print them. The conventions chosen, and how sure
 * we are of each, are described in {@code docs/rendering.md}.
 *
 * <p>Weekday and month names come from the JDK's locale data wherever that data matches the UN
 * form; literals cover only what the JDK does not give (a.m./p.m., 上午/下午, connecting words,
 * the UN's double Arabic month names).
 */
public enum AnnexLanguage {

    AR(" ", "(تابع)", "(معدّل)", "التاريخ والوقت", "البند من جدول الأعمال", "العنوان أو الوصف") {
        // The JDK's "ar" locale gives only the Egyptian month name ("مارس") and spells June and
        // July "يونيو"/"يوليو"; UN Arabic pairs the Levantine name with the UN's own spelling.
        private final List<String> unMonthNames = List.of(
                "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
                "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس",
                "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر");

        @Override
        public String dayHeading(LocalDate date) {
            // The day is appended as an int, so it stays in the Western digits UN Arabic uses.
            String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale());
            return weekday + "، " + date.getDayOfMonth() + " "
                    + unMonthNames.get(date.getMonthValue() - 1);
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            // A hyphen-minus between two digit runs keeps the whole range one left-to-right
            // number under the Unicode bidi algorithm; an en dash would let an RTL paragraph
            // reorder it into "13:00–10:00".
            return twentyFourHourStart(start, ":mm") + "-" + twentyFourHourEnd(end, ":mm");
        }

        @Override
        public String itemNumber(String number) {
            return ItemNumber.parse(number)
                    .map(item -> item.join(" (", ")", AnnexLanguage::arabicSubdivision))
                    .orElse(number.strip());
        }
    },

    ZH("", "（续）", "（已修订）", "日期和时间", "议程项目", "标题或说明") {
        @Override
        public String dayHeading(LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("M月d日，EEEE", locale()));
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            String startPeriod = chinesePeriod(start);
            String endPeriod = chinesePeriod(end);
            // "下午3时至6时": the period word is not repeated when both ends share it.
            String endPrefix = startPeriod.equals(endPeriod) ? "" : endPeriod;
            return startPeriod + chineseClock(start) + "至" + endPrefix + chineseClock(end);
        }

        @Override
        public String itemNumber(String number) {
            return ItemNumber.parse(number)
                    .map(item -> item.join("(", ")", AS_WRITTEN))
                    .orElse(number.strip());
        }
    },

    EN(" ", "(continued)", "(revised)", "Date and time", "Agenda item", "Title or description") {
        @Override
        public String dayHeading(LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM", locale()));
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            // "3–6 p.m.": the first a.m./p.m. is dropped when both ends share it. Noon and
            // midnight carry no a.m./p.m. at all ("12 noon", "12 midnight").
            boolean sameMeridiem = hasMeridiem(start) && hasMeridiem(end)
                    && start.isBefore(LocalTime.NOON) == end.isBefore(LocalTime.NOON);
            String startText = sameMeridiem ? englishClock(start) : englishTime(start);
            return startText + "–" + englishTime(end);
        }

        @Override
        public String itemNumber(String number) {
            return ItemNumber.parse(number)
                    .map(item -> item.join(" (", ")", AS_WRITTEN))
                    .orElse(number.strip());
        }
    },

    FR(" ", "(suite)", "(révisé)", "Date et heure", "Point de l’ordre du jour", "Titre ou description") {
        @Override
        public String dayHeading(LocalDate date) {
            return capitalized(date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale())), locale());
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            return frenchTime(start) + "-" + frenchTime(end);
        }

        @Override
        public String itemNumber(String number) {
            return closingParenthesisOnly(number);
        }
    },

    RU(" ", "(продолжение)", "(пересмотрено)", "Дата и время", "Пункт повестки дня", "Название или описание") {
        @Override
        public String dayHeading(LocalDate date) {
            // Pattern "d MMMM" gives the genitive month the date needs ("17 марта").
            return capitalized(date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM", locale())), locale());
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            String afterHour = " 'час.' mm 'мин.'";
            return twentyFourHourStart(start, afterHour) + " – " + twentyFourHourEnd(end, afterHour);
        }

        @Override
        public String itemNumber(String number) {
            return closingParenthesisOnly(number);
        }
    },

    ES(" ", "(continuación)", "(revisado)", "Fecha y hora", "Tema del programa", "Título o descripción") {
        @Override
        public String dayHeading(LocalDate date) {
            return capitalized(
                    date.format(DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", locale())), locale());
        }

        @Override
        public String timeRange(LocalTime start, LocalTime end) {
            return twentyFourHourStart(start, ".mm") + " a " + twentyFourHourEnd(end, ".mm") + " horas";
        }

        @Override
        public String itemNumber(String number) {
            return closingParenthesisOnly(number);
        }
    };

    /** UN Arabic letters item subdivisions in abjad order: (أ), (ب), (ج), (د), (هـ)… */
    private static final List<String> ABJAD_LETTERS = List.of(
            "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م",
            "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض");

    /** What goes between a title and the continued marker: a space, except before Chinese full-width brackets. */
    private final String continuedSeparator;
    private final String continuedMarker;
    /** Marks the rows of a revision whose item starts elsewhere than announced, in the continued marker's style. */
    private final String revisedMarker;
    private final String dateAndTimeHeading;
    private final String agendaItemHeading;
    private final String titleHeading;

    AnnexLanguage(String continuedSeparator, String continuedMarker, String revisedMarker, String dateAndTimeHeading,
            String agendaItemHeading, String titleHeading) {
        this.continuedSeparator = continuedSeparator;
        this.continuedMarker = continuedMarker;
        this.revisedMarker = revisedMarker;
        this.dateAndTimeHeading = dateAndTimeHeading;
        this.agendaItemHeading = agendaItemHeading;
        this.titleHeading = titleHeading;
    }

    /** The ISO 639-1 code, one of {@link org.agendaplanner.model.Languages#CODES}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for an ISO 639-1 code, ignoring case and surrounding blanks. */
    public static Optional<AnnexLanguage> forCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(wanted)).findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    /** The heading of one day's rows, e.g. "Tuesday, 17 March". */
    public abstract String dayHeading(LocalDate date);

    /** A meeting slot, e.g. "10 a.m.–1 p.m."; an end of 00:00 means midnight at the end of the day. */
    public abstract String timeRange(LocalTime start, LocalTime end);

    /** An agenda item number such as "1 (a)" written the way this language's annex writes it. */
    public abstract String itemNumber(String number);

    public String continuedTitle(String title) {
        return title + continuedSeparator + continuedMarker;
    }

    /**
     * The title of an item planned shorter than its estimate, with the time it is planned for, in the continued
     * marker's style: "General debate (shortened to 3 h 45 min)".
     */
    public String shortenedTitle(String title, java.time.Duration planned) {
        long hours = planned.toHours();
        long minutes = planned.toMinutesPart();
        String time = switch (this) {
            case ZH -> (hours > 0 ? hours + "小时" : "") + (minutes > 0 ? minutes + "分钟" : "");
            case RU -> (hours > 0 ? hours + " ч" : "") + (hours > 0 && minutes > 0 ? " " : "")
                    + (minutes > 0 ? minutes + " мин" : "");
            case AR -> (hours > 0 ? hours + " س" : "") + (hours > 0 && minutes > 0 ? " " : "")
                    + (minutes > 0 ? minutes + " د" : "");
            case FR -> hours > 0 ? hours + " h" + (minutes > 0 ? " " + String.format(Locale.ROOT, "%02d", minutes) : "")
                    : minutes + " min";
            default -> (hours > 0 ? hours + " h" : "") + (hours > 0 && minutes > 0 ? " " : "")
                    + (minutes > 0 ? minutes + " min" : "");
        };
        String marker = switch (this) {
            case AR -> "(مختصر إلى " + time + ")";
            case ZH -> "（缩短至" + time + "）";
            case FR -> "(écourté à " + time + ")";
            case RU -> "(сокращено до " + time + ")";
            case ES -> "(abreviado a " + time + ")";
            default -> "(shortened to " + time + ")";
        };
        return title + continuedSeparator + marker;
    }

    public String revisedTitle(String title) {
        return title + continuedSeparator + revisedMarker;
    }

    public String revisedMarker() {
        return revisedMarker;
    }

    public String continuedMarker() {
        return continuedMarker;
    }

    public String dateAndTimeHeading() {
        return dateAndTimeHeading;
    }

    public String agendaItemHeading() {
        return agendaItemHeading;
    }

    public String titleHeading() {
        return titleHeading;
    }

    /** The JDK gives lower-case weekday names in French, Spanish and Russian; headings start upper-case. */
    private static String capitalized(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A 24-hour time: the hour-of-day digits, then {@code afterHour}, a DateTimeFormatter pattern. */
    private static String twentyFourHourStart(LocalTime start, String afterHour) {
        return start.format(DateTimeFormatter.ofPattern("H" + afterHour));
    }

    /** As a start time, except that a slot ending at midnight ends at 24 ("k" counts hours 1–24). */
    private static String twentyFourHourEnd(LocalTime end, String afterHour) {
        String hourLetter = end.equals(LocalTime.MIDNIGHT) ? "k" : "H";
        return end.format(DateTimeFormatter.ofPattern(hourLetter + afterHour));
    }

    private static boolean hasMeridiem(LocalTime time) {
        return !time.equals(LocalTime.NOON) && !time.equals(LocalTime.MIDNIGHT);
    }

    /** "10", "10.30", "12 noon" or "12 midnight": the clock reading without a.m./p.m. */
    private static String englishClock(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "12 noon";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "12 midnight";
        }
        return time.format(DateTimeFormatter.ofPattern(time.getMinute() == 0 ? "h" : "h.mm"));
    }

    private static String englishTime(LocalTime time) {
        if (!hasMeridiem(time)) {
            return englishClock(time);
        }
        return englishClock(time) + (time.isBefore(LocalTime.NOON) ? " a.m." : " p.m.");
    }

    /**
     * 上午 before noon, 中午 through the noon hour, 下午 up to and including the 18:00 end of the
     * afternoon slot, 晚上 from 19:00; midnight is 午夜.
     */
    private static String chinesePeriod(LocalTime time) {
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "午夜";
        }
        int hour = time.getHour();
        if (hour < 12) {
            return "上午";
        }
        if (hour == 12) {
            return "中午";
        }
        return hour <= 18 ? "下午" : "晚上";
    }

    /** "10时" or "10时30分" on the 12-hour clock; the period word carries morning or afternoon. */
    private static String chineseClock(LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern(time.getMinute() == 0 ? "h时" : "h时m分"));
    }

    /** "10 heures", "1 heure", "10 h 30" or "minuit". */
    private static String frenchTime(LocalTime time) {
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "minuit";
        }
        if (time.getMinute() != 0) {
            return time.format(DateTimeFormatter.ofPattern("H 'h' mm"));
        }
        return time.getHour() + (time.getHour() == 1 ? " heure" : " heures");
    }

    /** French, Spanish and Russian annexes write "1 a)" where English writes "1 (a)". */
    private static String closingParenthesisOnly(String number) {
        return ItemNumber.parse(number)
                .map(item -> item.join(" ", ")", AS_WRITTEN))
                .orElse(number.strip());
    }

    /** The first subdivision, a Latin letter, becomes its abjad counterpart; deeper ones are kept. */
    private static String arabicSubdivision(String subdivision, int depth) {
        boolean singleLatinLetter = subdivision.length() == 1
                && subdivision.charAt(0) >= 'a' && subdivision.charAt(0) <= 'z';
        if (depth == 0 && singleLatinLetter) {
            return ABJAD_LETTERS.get(subdivision.charAt(0) - 'a');
        }
        return subdivision;
    }

    /** An item number split into its main number and parenthesised subdivisions: "3 (a) (ii)". */
    private record ItemNumber(String main, List<String> subdivisions) {
        private static final Pattern WHOLE = Pattern.compile("\\s*([^()\\s]+)\\s*((?:\\([^()]+\\)\\s*)*)");
        private static final Pattern SUBDIVISION = Pattern.compile("\\(\\s*([^()]+?)\\s*\\)");

        /** Empty when the text is not of the form "number (x) (y)…", so callers keep it as written. */
        static Optional<ItemNumber> parse(String text) {
            Matcher whole = WHOLE.matcher(text);
            if (!whole.matches()) {
                return Optional.empty();
            }
            List<String> subdivisions = new ArrayList<>();
            Matcher subdivision = SUBDIVISION.matcher(whole.group(2));
            while (subdivision.find()) {
                subdivisions.add(subdivision.group(1));
            }
            return Optional.of(new ItemNumber(whole.group(1), subdivisions));
        }

        String join(String before, String after, Subdivider subdivider) {
            StringBuilder written = new StringBuilder(main);
            for (int depth = 0; depth < subdivisions.size(); depth++) {
                written.append(before).append(subdivider.write(subdivisions.get(depth), depth)).append(after);
            }
            return written.toString();
        }
    }

    /** Writes one subdivision of an item number; depth 0 is the letter right after the number. */
    @FunctionalInterface
    private interface Subdivider {
        String write(String subdivision, int depth);
    }

    private static final Subdivider AS_WRITTEN = (subdivision, depth) -> subdivision;
}
