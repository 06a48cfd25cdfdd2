package org.agendaplanner.render;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The annex as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), in the
 * published table's layout: a header row of the three column heads (four when several bodies meet: the body
 * after the time), a row per day heading, then a row per item.
 *
 * <p>The text starts with a byte-order mark (U+FEFF, written as EF BB BF in UTF-8): without it, common
 * spreadsheets open a CSV file in the system's legacy code page and garble Chinese, Arabic and Russian. RFC 4180
 * readers that do not expect it see it as part of the first header.
 */
public final class CsvTable {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Quotes a field only when it must be (comma, quote, line break), so the file reads as plain text. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema RFC_4180 = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvTable() {
    }

    public static String render(Annex annex) {
        var language = annex.language();
        // When several bodies meet, the body has a column of its own after the time, so a spreadsheet can sort
        // and filter by it.
        boolean manyBodies = annex.days().stream().anyMatch(day -> day.slots().stream().anyMatch(slot -> slot.body() != null));
        var rows = new ArrayList<List<String>>();
        rows.add(row(manyBodies, language.dateAndTimeHeading(), PageWords.of(language.code()).body(), language.agendaItemHeading(),
                language.titleHeading()));
        for (var day : annex.days()) {
            rows.add(row(manyBodies, day.heading(), "", "", ""));
            for (var slot : day.slots()) {
                var body = slot.body() == null ? "" : slot.body();
                if (slot.entries().isEmpty()) {
                    rows.add(row(manyBodies, slot.time(), body, "", ""));
                }
                for (int i = 0; i < slot.entries().size(); i++) {
                    var entry = slot.entries().get(i);
                    rows.add(row(manyBodies, i == 0 ? slot.time() : "", i == 0 ? body : "", entry.number(),
                            entry.printedTitle(language)));
                }
            }
        }
        try {
            return BYTE_ORDER_MARK + CSV.writer(RFC_4180).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Lists of strings are always writable as CSV", e);
        }
    }

    private static List<String> row(boolean withBody, String time, String body, String number, String title) {
        return withBody ? List.of(time, body, number, title) : List.of(time, number, title);
    }
}
