package org.agendaplanner.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of the annex, each with its renderer. */
public enum Format {

    TEXT("txt"), MD("md"), CSV("csv"), JSON("json"), HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * The annex in this format. {@code score} is the programme's score; only the formats that describe the whole
     * programme (JSON and the HTML page) show it, the tables are the annex alone.
     */
    public String render(Annex annex, String score) {
        return switch (this) {
            case TEXT -> TextTable.render(annex);
            case MD -> MarkdownTable.render(annex);
            case CSV -> CsvTable.render(annex);
            case JSON -> JsonAnnex.render(annex, score);
            case HTML -> HtmlPage.render(annex, score);
        };
    }

    /** The name used on the command line: "text", "md", "csv", "json" or "html". */
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
