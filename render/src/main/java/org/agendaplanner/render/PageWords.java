package org.agendaplanner.render;

/**
 * The words the timetable and the Word document add to the annex, by language: the body column's head and the
 * legend of the timetable's session marks. Like the annex's own strings, they are listed and marked unverified in
 * {@code docs/rendering.md}.
 *
 * @param body the head of the body column, when several bodies meet
 * @param interpreted a session with interpretation into every language of the meeting
 * @param interpretedInto a session with interpretation into some of them (the language codes follow)
 * @param informal a session without interpretation: an informal session
 * @param informalShort the label such a session carries in the grid
 * @param noBusiness a session with nothing scheduled in it
 * @param legend the heading of the list of marks
 */
record PageWords(String body, String interpreted, String interpretedInto, String informal, String informalShort,
        String noBusiness, String legend) {

    static PageWords of(String language) {
        return switch (language) {
            case "ar" -> new PageWords("الهيئة", "جلسة مع ترجمة شفوية", "ترجمة شفوية إلى",
                    "جلسة غير رسمية، بدون ترجمة شفوية", "غير رسمية", "لا بنود مقررة", "مفتاح الرموز");
            case "zh" -> new PageWords("机构", "有口译的会议", "口译语种：", "非正式会议，无口译", "非正式", "未安排议程项目", "图例");
            case "fr" -> new PageWords("Organe", "Séance avec interprétation", "Interprétation en",
                    "Séance officieuse, sans interprétation", "Officieuse", "Aucun point prévu", "Légende");
            case "ru" -> new PageWords("Орган", "Заседание с устным переводом", "Устный перевод на",
                    "Неофициальное заседание, без устного перевода", "Неофициальное", "Пункты не запланированы", "Условные обозначения");
            case "es" -> new PageWords("Órgano", "Sesión con interpretación", "Interpretación a",
                    "Sesión oficiosa, sin interpretación", "Oficiosa", "Ningún tema previsto", "Leyenda");
            default -> new PageWords("Body", "Session with interpretation", "Interpretation into",
                    "Informal session, without interpretation", "Informal", "Nothing scheduled", "Key");
        };
    }
}
