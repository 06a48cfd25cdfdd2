package org.agendaplanner.model;

import java.util.List;

/** The six official UN languages a meeting is held in, by ISO 639-1 code, in the UN's order (Arabic first). */
public final class Languages {

    /** The codes as a user reads them in messages and option help; a constant so annotations can quote it. */
    public static final String LISTED = "ar, zh, en, fr, ru, es";

    public static final List<String> CODES = List.of(LISTED.split(", "));

    private Languages() {
    }

    public static boolean isOfficial(String code) {
        return CODES.contains(code);
    }
}
