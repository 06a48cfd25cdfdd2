package org.agendaplanner.render;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/**
 * The programme as one self-contained HTML page: the meeting's title and score, a timetable grid per day (one
 * column per body, each item segment a block spanning its time), then the annex table as published. The page
 * loads nothing: styles are inline, fonts are the reader's own, and a Content-Security-Policy forbids any fetch.
 * It prints on A4.
 */
public final class HtmlPage {

    /** One grid row is this many minutes; the planner's default grain, so every start falls on a row line. */
    static final int MINUTES_PER_ROW = 5;
    /** A segment shorter than this has room for one line only: its time is left to the tooltip. */
    private static final int ONE_LINE_MINUTES = 25;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private HtmlPage() {
    }

    public static String render(Annex annex, String score) {
        var language = annex.language();
        var out = new StringBuilder();
        out.append("<!DOCTYPE html>\n")
                .append("<html lang=\"").append(language.code()).append("\" dir=\"").append(language.rightToLeft() ? "rtl" : "ltr")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(annex.title())).append("</title>\n")
                .append("<style>\n").append(STYLE_SHEET).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>").append(escape(annex.title())).append("</h1>\n");
        if (score != null) {
            // "Score" is the solver's word, not the annex's: it is shown in English in every language.
            out.append("<p class=\"score\"><span lang=\"en\" dir=\"ltr\">Score</span> <code dir=\"ltr\">")
                    .append(escape(score)).append("</code></p>\n");
        }
        out.append("</header>\n");
        timetable(out, annex);
        annexTable(out, annex);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void timetable(StringBuilder out, Annex annex) {
        var days = timetableDays(annex);
        var bodies = bodiesInOrder(days);
        var hues = itemHues(annex);
        var words = PageWords.of(annex.language().code());
        legend(out, days, words);
        // Up to three days print side by side on one A4 page; longer meetings wrap, a row of days at a time.
        out.append("<div class=\"timetable").append(days.size() <= 3 ? " short" : "").append("\">\n");
        for (var day : days) {
            int dayStart = day.slots().stream().mapToInt(slot -> minuteOf(slot.start())).min().orElse(0);
            int dayEnd = day.slots().stream().mapToInt(slot -> endMinuteOf(slot.end())).max().orElse(dayStart);
            dayStart = dayStart / MINUTES_PER_ROW * MINUTES_PER_ROW;
            int rows = Math.max(1, (dayEnd - dayStart + MINUTES_PER_ROW - 1) / MINUTES_PER_ROW);
            var inSession = rowsInSession(day, dayStart, rows);
            out.append("<section class=\"day\" data-date=\"").append(day.date()).append("\">\n<h2>")
                    .append(escape(day.heading())).append("</h2>\n")
                    .append("<div class=\"grid\" style=\"grid-template-columns: var(--clock-width) repeat(")
                    .append(bodies.size()).append(", minmax(0, 1fr)); grid-template-rows: auto ")
                    .append(rowSizes(inSession)).append(";\">\n");
            var bodyColumns = new ArrayList<>(bodies.keySet());
            for (int column = 0; column < bodyColumns.size(); column++) {
                var name = bodies.get(bodyColumns.get(column));
                if (name != null) {
                    out.append("<div class=\"body-name\" style=\"grid-area: 1 / ").append(column + 2).append("\">")
                            .append(escape(name)).append("</div>\n");
                }
            }
            for (int hour = (dayStart + 59) / 60; hour * 60 <= dayEnd && hour < 24; hour++) {
                int row = rowOf(hour * 60, dayStart);
                boolean last = hour * 60 == dayEnd;
                int index = row - 2;
                if (!last && !inSession[index] && index > 0 && !inSession[index - 1]) {
                    continue; // inside a break, whose rows are too low to hold a clock reading
                }
                out.append("<div class=\"hour-line\" style=\"grid-area: ").append(last ? row - 1 : row)
                        .append(" / 2 / auto / -1\"").append(last ? " data-end" : "").append("></div>\n")
                        .append("<div class=\"clock").append(last ? " end" : "").append("\" style=\"grid-area: ")
                        .append(last ? row - 1 : row).append(" / 1\">").append(String.format(Locale.ROOT, "%02d:00", hour))
                        .append("</div>\n");
            }
            for (var slot : day.slots()) {
                int column = bodyColumns.indexOf(slot.bodyId()) + 2;
                if (slot.block()) {
                    for (var entry : slot.entries()) {
                        gridBlock(out, "block", entry, null, column, dayStart, annex.language());
                    }
                    continue;
                }
                session(out, slot, words, column, dayStart);
                for (var entry : slot.entries()) {
                    gridBlock(out, entry.continued() ? "segment continued" : "segment", entry, hues.get(entry.itemId()),
                            column, dayStart, annex.language());
                }
            }
            out.append("</div>\n</section>\n");
        }
        out.append("</div>\n");
    }

    /**
     * A session's box, behind its items, with its interpretation mark in the strip along its end: ● interpreted,
     * ◐ interpreted into some languages only, ○ informal (no interpretation, labelled so). An empty session says so.
     */
    private static void session(StringBuilder out, Annex.Slot slot, PageWords words, int column, int dayStart) {
        var interpretation = slot.interpretation() == null ? Annex.Interpreting.ALL : slot.interpretation();
        var kind = interpretation.all() ? "interpreted" : interpretation.none() ? "informal" : "partly-interpreted";
        var meaning = interpretation.all() ? words.interpreted() : interpretation.none() ? words.informal()
                : words.interpretedInto() + " " + String.join(", ", interpretation.languages());
        out.append("<div class=\"session ").append(kind).append(slot.entries().isEmpty() ? " empty" : "")
                .append("\" data-session=\"").append(escape(slot.id())).append("\" title=\"")
                .append(escape(slot.time() + " · " + meaning)).append("\" style=\"grid-area: ")
                .append(area(slot.start(), slot.end(), dayStart, column)).append("\">")
                .append("<span class=\"mark\" aria-label=\"").append(escape(meaning)).append("\">")
                .append(MARKS.get(kind)).append("</span>");
        if (interpretation.none()) {
            out.append("<span class=\"informal-label\">").append(escape(words.informalShort())).append("</span>");
        }
        if (slot.entries().isEmpty()) {
            out.append("<span class=\"nothing\">").append(escape(words.noBusiness())).append("</span>");
        }
        out.append("</div>\n");
    }

    /** The marks of the sessions, by the kind of interpretation each has. */
    private static final Map<String, String> MARKS = Map.of("interpreted", "●", "partly-interpreted", "◐", "informal", "○");

    /** What the marks and shadings of the grid mean; only those the page shows are listed. */
    private static void legend(StringBuilder out, List<Annex.Day> days, PageWords words) {
        var sessions = days.stream().flatMap(day -> day.slots().stream()).filter(slot -> !slot.block()).toList();
        boolean interpreted = sessions.stream().anyMatch(slot -> slot.interpretation() == null || slot.interpretation().all());
        boolean partly = sessions.stream().anyMatch(slot -> slot.interpretation() != null && !slot.interpretation().all()
                && !slot.interpretation().none());
        boolean informal = sessions.stream().anyMatch(slot -> slot.interpretation() != null && slot.interpretation().none());
        boolean empty = sessions.stream().anyMatch(slot -> slot.entries().isEmpty());
        out.append("<ul class=\"legend\" aria-label=\"").append(escape(words.legend())).append("\">\n");
        if (interpreted) {
            out.append("<li data-mark=\"interpreted\"><span class=\"mark\">●</span> ").append(escape(words.interpreted()))
                    .append("</li>\n");
        }
        if (partly) {
            out.append("<li data-mark=\"partly-interpreted\"><span class=\"mark\">◐</span> ")
                    .append(escape(words.interpretedInto())).append(" …</li>\n");
        }
        if (informal) {
            out.append("<li data-mark=\"informal\"><span class=\"mark\">○</span> ").append(escape(words.informal()))
                    .append("</li>\n");
        }
        if (empty) {
            out.append("<li data-mark=\"empty\"><span class=\"swatch empty\"></span> ").append(escape(words.noBusiness()))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** Which rows of the day's grid some session covers. */
    private static boolean[] rowsInSession(Annex.Day day, int dayStart, int rows) {
        var inSession = new boolean[rows];
        for (var slot : day.slots()) {
            int from = (minuteOf(slot.start()) - dayStart) / MINUTES_PER_ROW;
            int to = Math.min(rows, (endMinuteOf(slot.end()) - dayStart + MINUTES_PER_ROW - 1) / MINUTES_PER_ROW);
            for (int row = Math.max(0, from); row < to; row++) {
                inSession[row] = true;
            }
        }
        return inSession;
    }

    /**
     * The grid's rows, in runs: a row is a floor, not a height, so a long title makes the rows of its time grow and is
     * never cut off; rows between sessions (the lunch break) are lower, which keeps a short meeting on one page.
     */
    private static String rowSizes(boolean[] inSession) {
        int rows = inSession.length;
        var runs = new ArrayList<String>();
        for (int row = 0; row < rows;) {
            int end = row;
            while (end < rows && inSession[end] == inSession[row]) {
                end++;
            }
            runs.add("repeat(" + (end - row) + ", minmax(var(" + (inSession[row] ? "--row-height" : "--break-row-height")
                    + "), auto))");
            row = end;
        }
        return String.join(" ", runs);
    }

    /** The annex's days with its empty sessions put back, in order of date and time: the grid shows every session. */
    private static List<Annex.Day> timetableDays(Annex annex) {
        var byDate = new TreeMap<LocalDate, Annex.Day>();
        for (var day : annex.days()) {
            byDate.put(day.date(), day);
        }
        for (var empty : annex.emptySessions()) {
            byDate.merge(empty.date(), empty, (published, unused) -> {
                var slots = new ArrayList<>(published.slots());
                slots.addAll(unused.slots());
                slots.sort(Comparator.comparing(Annex.Slot::start));
                return new Annex.Day(published.date(), published.heading(), slots);
            });
        }
        return List.copyOf(byDate.values());
    }

    /** One item segment or block label, spanning its time in its body's column. */
    private static void gridBlock(StringBuilder out, String classes, Annex.Entry entry, Integer hue, int column,
            int dayStart, AnnexLanguage language) {
        var time = language.timeRange(entry.start(), entry.end());
        boolean oneLine = endMinuteOf(entry.end()) - minuteOf(entry.start()) < ONE_LINE_MINUTES;
        out.append("<div class=\"").append(classes).append(oneLine ? " one-line" : "").append("\"");
        if (entry.itemId() != null) {
            out.append(" data-item=\"").append(escape(entry.itemId())).append("\"");
        }
        out.append(" data-start=\"").append(entry.start().format(CLOCK)).append("\" data-end=\"")
                .append(entry.end().format(CLOCK)).append("\" data-continued=\"").append(entry.continued())
                .append("\" title=\"").append(escape((entry.number() + " " + entry.printedTitle(language)).strip()))
                .append(" · ").append(escape(time)).append("\" style=\"grid-area: ")
                .append(area(entry.start(), entry.end(), dayStart, column))
                .append(hue == null ? "" : "; --hue: " + hue).append("\">");
        if (!entry.number().isEmpty()) {
            out.append("<b class=\"number\">").append(escape(entry.number())).append("</b> ");
        }
        out.append(title(entry, language)).append("<span class=\"time\">").append(escape(time)).append("</span></div>\n");
    }

    /** The annex as published; when several bodies meet, the body has a column of its own after the time. */
    private static void annexTable(StringBuilder out, Annex annex) {
        var language = annex.language();
        boolean manyBodies = annex.days().stream().anyMatch(day -> day.slots().stream().anyMatch(slot -> slot.body() != null));
        out.append("<table class=\"annex\">\n<thead><tr><th scope=\"col\">").append(escape(language.dateAndTimeHeading()));
        if (manyBodies) {
            out.append("</th><th scope=\"col\">").append(escape(PageWords.of(language.code()).body()));
        }
        out.append("</th><th scope=\"col\">").append(escape(language.agendaItemHeading()))
                .append("</th><th scope=\"col\">").append(escape(language.titleHeading())).append("</th></tr></thead>\n");
        for (var day : annex.days()) {
            out.append("<tbody>\n<tr class=\"day-heading\"><th colspan=\"").append(manyBodies ? 4 : 3)
                    .append("\" scope=\"rowgroup\">").append(escape(day.heading())).append("</th></tr>\n");
            for (var slot : day.slots()) {
                for (int i = 0; i < slot.entries().size(); i++) {
                    var entry = slot.entries().get(i);
                    var classes = (slot.block() ? "block" : entry.continued() ? "continued" : "")
                            + (entry.revised() ? (slot.block() || entry.continued() ? " " : "") + "revised" : "");
                    out.append("<tr").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"")
                            .append("><td class=\"time\">").append(i == 0 ? escape(slot.time()) : "").append("</td>");
                    if (manyBodies) {
                        out.append("<td class=\"body\">").append(i == 0 && slot.body() != null ? escape(slot.body()) : "")
                                .append("</td>");
                    }
                    out.append("<td class=\"number\">").append(escape(entry.number())).append("</td><td>")
                            .append(title(entry, language)).append("</td></tr>\n");
                }
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    /**
     * The title with its continued and revised markers. A title in the fallback language is tagged with that language, visibly,
     * and isolated so that an English title reads left to right inside an Arabic page.
     */
    private static String title(Annex.Entry entry, AnnexLanguage language) {
        var html = new StringBuilder();
        if (entry.isFallback(language)) {
            html.append("<span class=\"fallback\" lang=\"").append(escape(entry.language())).append("\" dir=\"ltr\">")
                    .append("<span class=\"language-tag\">[").append(escape(entry.language())).append("]</span> ")
                    .append(escape(entry.title())).append("</span>");
        } else {
            html.append("<span class=\"title\">").append(escape(entry.title())).append("</span>");
        }
        if (entry.continued()) {
            // continuedTitle("") is the marker with the language's own separator: a space, or none before （续）.
            html.append("<span class=\"marker\">").append(escape(language.continuedTitle(""))).append("</span>");
        }
        if (entry.revised()) {
            html.append("<span class=\"marker revised\">").append(escape(language.revisedTitle(""))).append("</span>");
        }
        return html.toString();
    }

    /** Bodies in the order they first sit, with their names (null for all when the meeting has one body). */
    private static Map<String, String> bodiesInOrder(List<Annex.Day> days) {
        var bodies = new LinkedHashMap<String, String>();
        days.forEach(day -> day.slots().forEach(slot -> bodies.putIfAbsent(slot.bodyId(), slot.body())));
        return bodies;
    }

    /** A colour per item, spread around the colour wheel, so the segments of one item are easy to follow. */
    private static Map<String, Integer> itemHues(Annex annex) {
        var items = new LinkedHashSet<String>();
        annex.days().forEach(day -> day.slots().forEach(slot -> slot.entries().forEach(entry -> {
            if (entry.itemId() != null) {
                items.add(entry.itemId());
            }
        })));
        var hues = new LinkedHashMap<String, Integer>();
        int index = 0;
        for (var item : items) {
            hues.put(item, (200 + index++ * 137) % 360); // the golden angle keeps neighbours apart
        }
        return hues;
    }

    /** "row-start / column / row-end": rows count from 2, after the body names. */
    private static String area(LocalTime start, LocalTime end, int dayStart, int column) {
        int firstRow = rowOf(minuteOf(start), dayStart);
        int endRow = Math.max(firstRow + 1, rowOf(endMinuteOf(end) + MINUTES_PER_ROW - 1, dayStart));
        return firstRow + " / " + column + " / " + endRow;
    }

    private static int rowOf(int minute, int dayStart) {
        return 2 + (minute - dayStart) / MINUTES_PER_ROW;
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** An end of 00:00 is midnight at the end of the day. */
    private static int endMinuteOf(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : minuteOf(end);
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private static final String STYLE_SHEET = """
            :root {
              --row-height: 7px;
              --clock-width: 3.2rem;
              --mark-width: 14px;
              --break-row-height: 3px;
              --ink: #1d2430;
              --muted: #5b6574;
              --line: #d7dde5;
              font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC",
                "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", Arial, sans-serif;
              color: var(--ink);
            }
            body { margin: 0 auto; padding: 24px 28px; max-width: 1120px; font-size: 14px; line-height: 1.4; }
            header { border-bottom: 3px solid #1f5f99; margin-bottom: 18px; padding-bottom: 8px; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            .score { margin: 0; color: var(--muted); }
            .score code { font-size: 13px; background: #eef2f6; padding: 1px 6px; border-radius: 3px; }
            .timetable { display: flex; flex-wrap: wrap; gap: 18px; margin-bottom: 28px; }
            .day { flex: 1 1 300px; min-width: 0; }
            .day h2 { font-size: 15px; margin: 0 0 6px; padding-inline-start: var(--clock-width); }
            .grid { display: grid; background: #f1f3f6; border-radius: 6px; padding: 6px 4px 6px 0; }
            .body-name { font-weight: 600; font-size: 12px; padding: 2px 6px 4px; color: var(--muted); }
            .hour-line { border-top: 1px solid var(--line); z-index: 1; }
            .hour-line[data-end] { border-top: 0; border-bottom: 1px solid var(--line); }
            .clock { font-size: 11px; color: var(--muted); text-align: end; padding-inline-end: 6px;
              margin-top: -0.65em; line-height: 1; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .clock.end { margin-top: 0; align-self: end; margin-bottom: -0.5em; }
            .session { position: relative; background: #fff; border: 1px solid #c9d1dc; border-radius: 4px; z-index: 0; }
            .session .mark { position: absolute; inset-inline-end: 2px; top: 1px; font-size: 10px; line-height: 1;
              color: #1f5f99; }
            .session.informal { border-style: dashed; border-color: #8d95a1;
              background: repeating-linear-gradient(45deg, #fff 0 6px, #f3f4f6 6px 12px); }
            .session.informal .mark { color: #5b6574; }
            .informal-label { position: absolute; inset-inline-end: 1px; top: 14px; writing-mode: vertical-rl;
              font-size: 9px; line-height: 1; color: #5b6574; letter-spacing: 0.02em; }
            .nothing { display: block; padding: 4px 6px; margin-inline-end: var(--mark-width); font-size: 11px;
              font-style: italic; color: var(--muted); }
            /* A title is never cut: it wraps (long words too), and the rows of its time grow to hold it. */
            .segment, .block { position: relative; margin-block: 1px; margin-inline: 4px var(--mark-width);
              padding: 0 6px; border-radius: 3px; font-size: 11.5px; line-height: 12px; overflow-wrap: anywhere;
              z-index: 2; }
            .segment.one-line .time, .block.one-line .time { display: none; }
            .segment { background: hsl(var(--hue) 70% 93%); border-inline-start: 4px solid hsl(var(--hue) 55% 40%); }
            .segment.continued { border-inline-start-style: dashed;
              background: repeating-linear-gradient(135deg, hsl(var(--hue) 70% 93%) 0 8px, hsl(var(--hue) 60% 89%) 8px 16px); }
            .block { background: #dfe2e7; color: #3e4550; border-inline-start: 4px solid #8d95a1; font-style: italic; }
            .segment .number { font-weight: 700; margin-inline-end: 2px; }
            .segment .time, .block .time { display: block; color: var(--muted); font-size: 10.5px; margin-top: 2px; }
            .marker { color: hsl(var(--hue) 55% 30%); font-weight: 600; }
            .language-tag { font-size: 0.85em; color: #8a4b00; font-weight: 600; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 0 0 12px;
              font-size: 12px; color: var(--muted); }
            .legend .mark { color: #1f5f99; }
            .swatch.empty { display: inline-block; width: 12px; height: 10px; border: 1px solid #c9d1dc;
              background: #fff; vertical-align: -1px; }
            table.annex { width: 100%; border-collapse: collapse; }
            .annex th, .annex td { text-align: start; vertical-align: top; padding: 4px 8px; }
            .annex thead th { border-bottom: 2px solid var(--ink); font-size: 13px; white-space: nowrap; }
            .annex .day-heading th { padding-top: 12px; border-bottom: 1px solid var(--line); font-size: 14px; }
            .annex td.time, .annex td.body, .annex td.number { white-space: nowrap; }
            .annex tr.block td { color: var(--muted); font-style: italic; }
            .annex .marker { color: inherit; font-weight: normal; }
            @page { size: A4; margin: 14mm 12mm; }
            /* The grid prints across a landscape page, the annex table after it on upright ones. */
            @page timetable { size: A4 landscape; margin: 10mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              .day, .annex tr { break-inside: avoid; }
              /* Two or three days side by side, in small type, rows as short as their text allows, and the times
                 left to the clock and the annex table: so a short meeting's grid is one page. */
              .timetable.short { flex-wrap: nowrap; gap: 8px; }
              .timetable.short .day { flex: 1 1 0; }
              :root { --row-height: 3px; --break-row-height: 1px; --clock-width: 2.2rem; --mark-width: 10px; }
              header { margin-bottom: 4px; padding-bottom: 2px; border-bottom-width: 2px; }
              h1 { font-size: 12pt; margin: 0; }
              .day h2 { font-size: 9pt; margin-bottom: 2px; }
              .grid { padding: 3px 2px 3px 0; }
              .segment, .block { font-size: 6pt; line-height: 7pt; padding: 0 2px; margin-inline-start: 2px; }
              .segment .time, .block .time { display: none; }
              .body-name { font-size: 7pt; padding: 0 3px 2px; line-height: 1.15; }
              .clock { font-size: 6.5pt; }
              .legend { margin: 0 0 4px; font-size: 7.5pt; }
              header, .timetable, .legend { page: timetable; }
              .annex { break-before: page; }
            }
            """;
}
