package org.agendaplanner.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.agendaplanner.Datasets;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Programme;
import org.agendaplanner.model.Segment;

/** Annexes for the timetable's tests: the seed as solved, and busier meetings of several bodies. */
final class Meetings {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 5, 5);

    private Meetings() {
    }

    /** The seed with the programme the solver finds for it (README), as the annex of that programme. */
    static Annex seed(AnnexLanguage language) throws InvalidInputException {
        var meeting = MeetingReader.read(Datasets.seed());
        var segments = List.of(
                segment("1a", "tue-am", 10, 0, 10, 15, false), segment("1b", "tue-am", 10, 15, 10, 30, false),
                segment("2", "tue-am", 10, 30, 13, 0, false), segment("2", "tue-pm", 15, 0, 17, 15, true),
                segment("3", "wed-am", 10, 0, 13, 0, false), segment("3", "wed-pm", 15, 0, 16, 45, true),
                segment("4", "wed-pm", 16, 45, 17, 0, false), segment("5", "wed-pm", 17, 0, 17, 30, false));
        return Annex.of(meeting.withProgramme(new Programme("0hard/0medium/-45soft", List.of(), segments, null)), language);
    }

    /** The longest title of any language of any shipped meeting. */
    static String longestShippedTitle() throws InvalidInputException {
        var titles = new ArrayList<String>();
        for (var file : Datasets.all()) {
            MeetingFile meeting = MeetingReader.read(file);
            for (var item : meeting.items()) {
                for (var language : AnnexLanguage.values()) {
                    item.title().in(language.code()).ifPresent(titles::add);
                }
            }
        }
        return titles.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * {@code days} days of three bodies side by side, morning and afternoon, in English, with the titles of the shipped
     * four-body conference in turn. Every morning the Committee of the Whole takes up an item with {@code longTitle}
     * for 20 minutes only, every session has three items, and
     * one item continues from each morning into the afternoon. The working group's last afternoon is informal (no
     * interpretation) and the Committee's last afternoon has nothing scheduled.
     */
    static Annex threeBodies(int days, String longTitle) throws InvalidInputException {
        var language = AnnexLanguage.EN;
        var titles = MeetingReader.read(Datasets.directory().resolve("cop-5day-4bodies.json")).items().stream()
                .map(item -> item.title().in("en").orElseThrow()).toList();
        var bodies = List.of(List.of("plenary", "Plenary"), List.of("cow", "Committee of the Whole"),
                List.of("wg", "Working Group on Technical Assistance"));
        var published = new ArrayList<Annex.Day>();
        var empty = new ArrayList<Annex.Day>();
        int number = 1;
        for (int dayIndex = 0; dayIndex < days; dayIndex++) {
            var date = FIRST_DAY.plusDays(dayIndex);
            boolean lastDay = dayIndex == days - 1;
            var slots = new ArrayList<Annex.Slot>();
            var unused = new ArrayList<Annex.Slot>();
            for (var body : bodies) {
                for (boolean morning : List.of(true, false)) {
                    var start = LocalTime.of(morning ? 10 : 15, 0);
                    var end = LocalTime.of(morning ? 13 : 18, 0);
                    var id = body.get(0) + "-" + date + (morning ? "-am" : "-pm");
                    var time = language.timeRange(start, end);
                    var interpretation = lastDay && !morning && body.get(0).equals("wg")
                            ? new Annex.Interpreting(false, List.of()) : Annex.Interpreting.ALL;
                    if (lastDay && !morning && body.get(0).equals("cow")) {
                        unused.add(new Annex.Slot(id, body.get(0), body.get(1), start, end, time, List.of(), false,
                                interpretation));
                        continue;
                    }
                    var entries = new ArrayList<Annex.Entry>();
                    var at = start;
                    int[] minutes = morning ? new int[] {20, 70, 90} : new int[] {60, 60, 60};
                    for (int index = 0; index < minutes.length; index++) {
                        boolean continued = !morning && index == 0;
                        boolean longOne = morning && index == 0 && body.get(0).equals("cow");
                        var title = longOne ? longTitle : titles.get(number % titles.size());
                        var next = at.plusMinutes(minutes[index]);
                        entries.add(new Annex.Entry(String.valueOf(number), String.valueOf(number), title, continued,
                                "en", at, next));
                        if (!(morning && index == minutes.length - 1)) {
                            number++;
                        }
                        at = next;
                    }
                    slots.add(new Annex.Slot(id, body.get(0), body.get(1), start, end, time, entries, false,
                            interpretation));
                }
            }
            slots.sort(Comparator.comparing(Annex.Slot::start));
            published.add(new Annex.Day(date, language.dayHeading(date), slots));
            if (!unused.isEmpty()) {
                empty.add(new Annex.Day(date, language.dayHeading(date), unused));
            }
        }
        return new Annex(language, "Conference of the Parties, eleventh session", published, empty);
    }

    private static Segment segment(String item, String session, int startHour, int startMinute, int endHour,
            int endMinute, boolean continued) {
        return new Segment(item, session, LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute),
                continued);
    }
}
