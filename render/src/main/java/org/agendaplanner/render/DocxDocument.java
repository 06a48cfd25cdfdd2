package org.agendaplanner.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The annex as a Word document (Office Open XML, with Apache POI), laid out as a UN document lays out its annex:
 * the meeting's title, then one table (date and time, agenda item, title or description; a body column between the
 * first two when several bodies meet) with the header row repeated on every page, a full-width row per day, and a
 * row per item, continued items marked. Fonts are declared per language (Chinese as East Asian text, Arabic as
 * complex script), and Arabic paragraphs, runs and the table run right to left.
 *
 * <p>The document is the same bytes for the same annex: its creation date is left out and its parts carry a fixed
 * time, so that a rendered document can be compared and committed like the other formats.
 */
public final class DocxDocument {

    /** UN documents are set in 10 point type; Word counts half points. */
    private static final int FONT_HALF_POINTS = 20;
    private static final int TITLE_HALF_POINTS = 24;
    /** A4 in twentieths of a point, with 2.5 cm margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1418;
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    /** 1980-01-01, the earliest time a zip entry holds (in the local time zone, as zip times are). */
    private static final long PART_TIME = LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private DocxDocument() {
    }

    /**
     * The fonts a language's text is set in: {@code latin} for Latin and Cyrillic letters and digits, {@code eastAsia}
     * and {@code complexScript} where the language needs them, and the language tag Word checks spelling with.
     */
    record Fonts(String latin, String eastAsia, String complexScript, String languageTag) {

        static Fonts of(String language) {
            return switch (language) {
                case "zh" -> new Fonts("Times New Roman", "SimSun", null, "zh-CN");
                case "ar" -> new Fonts("Times New Roman", null, "Simplified Arabic", "ar-SA");
                case "fr" -> new Fonts("Times New Roman", null, null, "fr-FR");
                case "ru" -> new Fonts("Times New Roman", null, null, "ru-RU");
                case "es" -> new Fonts("Times New Roman", null, null, "es-ES");
                default -> new Fonts("Times New Roman", null, null, "en-GB");
            };
        }
    }

    public static byte[] render(Annex annex) {
        var language = annex.language();
        boolean rightToLeft = language.rightToLeft();
        var fonts = Fonts.of(language.code());
        var words = PageWords.of(language.code());
        boolean manyBodies = annex.days().stream()
                .anyMatch(day -> day.slots().stream().anyMatch(slot -> slot.body() != null));
        try (var document = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(annex.title());
            document.getProperties().getCoreProperties().setCreated(Optional.empty());
            document.getProperties().getCoreProperties().setCreator("Agenda Planner");
            pageSetup(document);

            var title = document.createParagraph();
            paragraph(title, rightToLeft, ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, annex.title(), fonts, rightToLeft, true, false, TITLE_HALF_POINTS);

            var heads = new ArrayList<String>(List.of(language.dateAndTimeHeading()));
            if (manyBodies) {
                heads.add(words.body());
            }
            heads.add(language.agendaItemHeading());
            heads.add(language.titleHeading());
            var widths = manyBodies ? new int[] {20, 16, 12, 52} : new int[] {24, 14, 62};
            var table = document.createTable(1, heads.size());
            tableSetup(table, widths, rightToLeft);

            var header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int column = 0; column < heads.size(); column++) {
                var cell = header.getCell(column);
                bottomBorder(cell);
                text(cell, heads.get(column), fonts, rightToLeft, false, true);
            }
            for (var day : annex.days()) {
                var row = table.createRow();
                row.setCantSplitRow(true);
                var cell = spanning(row, heads.size());
                text(cell, day.heading(), fonts, rightToLeft, true, false);
                for (var slot : day.slots()) {
                    for (int index = 0; index < slot.entries().size(); index++) {
                        var entry = slot.entries().get(index);
                        var line = table.createRow();
                        line.setCantSplitRow(true);
                        int column = 0;
                        text(line.getCell(column++), index == 0 ? slot.time() : "", fonts, rightToLeft, false, false);
                        if (manyBodies) {
                            text(line.getCell(column++), index == 0 && slot.body() != null ? slot.body() : "", fonts,
                                    rightToLeft, false, false);
                        }
                        text(line.getCell(column++), entry.number(), fonts, rightToLeft, false, false);
                        title(line.getCell(column), entry, annex, fonts, slot.block());
                    }
                }
            }
            document.write(bytes);
            return withFixedTimes(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("A document in memory could not be written", e);
        }
    }

    /** The package again with every part dated {@link #PART_TIME}: POI stamps them with the time of writing. */
    private static byte[] withFixedTimes(byte[] document) throws IOException {
        var fixed = new ByteArrayOutputStream(document.length);
        try (var in = new ZipInputStream(new ByteArrayInputStream(document)); var out = new ZipOutputStream(fixed)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var copy = new ZipEntry(entry.getName());
                copy.setTime(PART_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return fixed.toByteArray();
    }

    private static void pageSetup(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        var margins = section.addNewPgMar();
        for (var setter : List.<Consumer<BigInteger>> of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(MARGIN));
        }
    }

    /** Full width, fixed column widths, rules above and below and under the header only, as UN annexes print. */
    private static void tableSetup(XWPFTable table, int[] percentages, boolean rightToLeft) {
        var properties = table.getCTTbl().getTblPr();
        var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (rightToLeft) {
            // The first column (date and time) at the right, as an Arabic reader starts.
            properties.addNewBidiVisual();
        }
        var borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        rule(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), STBorder.SINGLE);
        rule(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), STBorder.SINGLE);
        rule(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), STBorder.NIL);
        rule(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), STBorder.NIL);
        rule(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), STBorder.NIL);
        rule(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), STBorder.NIL);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percentage : percentages) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percentage / 100));
        }
        var header = table.getRow(0);
        for (int column = 0; column < percentages.length; column++) {
            var cellWidth = header.getCell(column).getCTTc().addNewTcPr().addNewTcW();
            cellWidth.setType(STTblWidth.DXA);
            cellWidth.setW(BigInteger.valueOf((long) TEXT_WIDTH * percentages[column] / 100));
        }
    }

    private static void rule(CTBorder border, STBorder.Enum kind) {
        border.setVal(kind);
        if (kind == STBorder.SINGLE) {
            border.setSz(BigInteger.valueOf(6));
            border.setColor("000000");
        }
    }

    private static void bottomBorder(XWPFTableCell cell) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        rule(properties.addNewTcBorders().addNewBottom(), STBorder.SINGLE);
    }

    /** The row's one cell across every column: a day heading. */
    private static XWPFTableCell spanning(XWPFTableRow row, int columns) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        var cell = row.getCell(0);
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        return cell;
    }

    private static void text(XWPFTableCell cell, String text, Fonts fonts, boolean rightToLeft, boolean bold,
            boolean italic) {
        var paragraph = cell.getParagraphs().get(0);
        paragraph(paragraph, rightToLeft, null);
        paragraph.setSpacingBefore(bold ? 160 : 40);
        paragraph.setSpacingAfter(40);
        if (!text.isEmpty()) {
            run(paragraph, text, fonts, rightToLeft, bold, italic, FONT_HALF_POINTS);
        }
    }

    /**
     * The title cell. A title taken from English in another language's annex keeps its tag and runs left to right,
     * in English; the continued marker is always in the annex's language. A block's label is in italics.
     */
    private static void title(XWPFTableCell cell, Annex.Entry entry, Annex annex, Fonts fonts, boolean block) {
        var language = annex.language();
        boolean rightToLeft = language.rightToLeft();
        var paragraph = cell.getParagraphs().get(0);
        paragraph(paragraph, rightToLeft, null);
        paragraph.setSpacingBefore(40);
        paragraph.setSpacingAfter(40);
        if (entry.isFallback(language)) {
            run(paragraph, "[" + entry.language() + "] " + entry.title(), Fonts.of(entry.language()), false, false,
                    block, FONT_HALF_POINTS);
        } else {
            run(paragraph, entry.title(), fonts, rightToLeft, false, block, FONT_HALF_POINTS);
        }
        if (entry.continued()) {
            run(paragraph, language.continuedTitle(""), fonts, rightToLeft, false, block, FONT_HALF_POINTS);
        }
        if (entry.shortenedTo() != null) {
            run(paragraph, language.shortenedTitle("", entry.shortenedTo()), fonts, rightToLeft, false, block,
                    FONT_HALF_POINTS);
        }
        if (entry.revised()) {
            run(paragraph, language.revisedTitle(""), fonts, rightToLeft, false, block, FONT_HALF_POINTS);
        }
    }

    private static void paragraph(XWPFParagraph paragraph, boolean rightToLeft, ParagraphAlignment alignment) {
        if (rightToLeft) {
            var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            properties.addNewBidi();
        }
        if (alignment != null) {
            paragraph.setAlignment(alignment);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, Fonts fonts, boolean rightToLeft, boolean bold,
            boolean italic, int halfPoints) {
        var run = paragraph.createRun();
        run.setText(text);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        var fontNames = properties.addNewRFonts();
        fontNames.setAscii(fonts.latin());
        fontNames.setHAnsi(fonts.latin());
        if (fonts.eastAsia() != null) {
            fontNames.setEastAsia(fonts.eastAsia());
            // Full-width punctuation such as （续） is set in the East Asian font, not the Latin one.
            fontNames.setHint(STHint.EAST_ASIA);
        }
        fontNames.setCs(fonts.complexScript() != null ? fonts.complexScript() : fonts.latin());
        if (bold) {
            properties.addNewB();
            properties.addNewBCs();
        }
        if (italic) {
            properties.addNewI();
            properties.addNewICs();
        }
        properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (rightToLeft) {
            properties.addNewRtl();
        }
        var language = properties.addNewLang();
        if (fonts.complexScript() != null) {
            language.setBidi(fonts.languageTag());
        } else if (fonts.eastAsia() != null) {
            language.setEastAsia(fonts.languageTag());
        } else {
            language.setVal(fonts.languageTag());
        }
    }
}
