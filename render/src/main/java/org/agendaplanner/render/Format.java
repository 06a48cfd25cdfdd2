package org.agendaplanner.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of the annex, each with its renderer. */
public enum Format {

    TEXT("txt"), MD("md"), CSV("csv"), JSON("json"), HTML("html"), DOCX("docx");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * The annex in this format, for the text formats (all but {@link #DOCX}). {@code score} is the programme's score,
     * or null to leave it out; only the formats that describe the whole programme (JSON and the HTML page) show it,
     * the tables are the annex alone.
     *
     * @throws IllegalStateException for a binary format: use {@link #bytes}
     */
    public String render(Annex annex, String score) {
        return switch (this) {
            case TEXT -> TextTable.render(annex);
            case MD -> MarkdownTable.render(annex);
            case CSV -> CsvTable.render(annex);
            case JSON -> JsonAnnex.render(annex, score);
            case HTML -> HtmlPage.render(annex, score);
            case DOCX -> throw new IllegalStateException("A Word document is bytes, not text: use bytes()");
        };
    }

    /** The annex in this format as the bytes of a file: the text formats in UTF-8. */
    public byte[] bytes(Annex annex, String score) {
        return this == DOCX ? DocxDocument.render(annex) : render(annex, score).getBytes(StandardCharsets.UTF_8);
    }

    /** A format that is no text, and so is only ever written to a file, never printed. */
    public boolean binary() {
        return this == DOCX;
    }

    /** The name used on the command line: "text", "md", "csv", "json", "html" or "docx". */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format for a command-line name, ignoring case and surrounding blanks. */
    public static Optional<Format> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values()).filter(format -> format.optionName().equalsIgnoreCase(wanted)).findFirst();
    }
}
