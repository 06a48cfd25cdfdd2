package org.agendaplanner.render;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The annex as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), in the
 * published table's layout: a header row of the three column heads, a row per day heading, then a row per item.
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
        var style = annex.style();
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(style.dateAndTimeHeading(), style.agendaItemHeading(), style.titleHeading()));
        for (var day : annex.days()) {
            rows.add(List.of(day.heading(), "", ""));
            for (var slot : day.slots()) {
                var time = slot.body() == null ? slot.time() : slot.time() + " · " + slot.body();
                if (slot.entries().isEmpty()) {
                    rows.add(List.of(time, "", ""));
                }
                for (int i = 0; i < slot.entries().size(); i++) {
                    var entry = slot.entries().get(i);
                    rows.add(List.of(i == 0 ? time : "", entry.number(), entry.printedTitle(style)));
                }
            }
        }
        try {
            return BYTE_ORDER_MARK + CSV.writer(RFC_4180).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Lists of strings are always writable as CSV", e);
        }
    }
}
