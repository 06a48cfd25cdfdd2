package org.agendaplanner.cli;

/** How the analysis commands print: for people, or as stable JSON for other tools and CI. */
public enum OutputFormat {
    text,
    json
}
