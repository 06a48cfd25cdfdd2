package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnexLanguageTest {

    /** 17 March 2020 was a Tuesday: the seed date of every example in docs/rendering.md. */
    private static final LocalDate TUESDAY_17_MARCH_2020 = LocalDate.of(2020, 3, 17);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TEN_THIRTY = LocalTime.of(10, 30);
    private static final LocalTime THIRTEEN = LocalTime.of(13, 0);
    private static final LocalTime FIFTEEN = LocalTime.of(15, 0);
    private static final LocalTime EIGHTEEN = LocalTime.of(18, 0);

    @Test
    void english() {
        AnnexLanguage language = AnnexLanguage.EN;
        assertEquals("Tuesday, 17 March", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 a.m.–1 p.m.", language.timeRange(TEN, THIRTEEN));
        assertEquals("3–6 p.m.", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10.30 a.m.–1 p.m.", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("General debate (continued)", language.continuedTitle("General debate"));
        assertEquals("(continued)", language.continuedMarker());
        assertEquals("Date and time", language.dateAndTimeHeading());
        assertEquals("Agenda item", language.agendaItemHeading());
        assertEquals("Title or description", language.titleHeading());
        assertEquals("1 (a)", language.itemNumber("1 (a)"));
        assertEquals("1 (a)", language.itemNumber("1(a)"));
    }

    @Test
    void englishNoonAndMidnightTakeNoMeridiem() {
        AnnexLanguage language = AnnexLanguage.EN;
        assertEquals("10 a.m.–12 noon", language.timeRange(TEN, LocalTime.NOON));
        assertEquals("12 noon–3 p.m.", language.timeRange(LocalTime.NOON, FIFTEEN));
        assertEquals("12.30–3 p.m.", language.timeRange(LocalTime.of(12, 30), FIFTEEN));
        assertEquals("9 p.m.–12 midnight", language.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("9–11 a.m.", language.timeRange(LocalTime.of(9, 0), LocalTime.of(11, 0)));
    }

    @Test
    void chinese() {
        AnnexLanguage language = AnnexLanguage.ZH;
        assertEquals("3月17日，星期二", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("上午10时至下午1时", language.timeRange(TEN, THIRTEEN));
        assertEquals("下午3时至6时", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("上午10时30分至下午1时", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("一般性辩论（续）", language.continuedTitle("一般性辩论"));
        assertEquals("（续）", language.continuedMarker());
        assertEquals("日期和时间", language.dateAndTimeHeading());
        assertEquals("议程项目", language.agendaItemHeading());
        assertEquals("标题或说明", language.titleHeading());
        assertEquals("1(a)", language.itemNumber("1 (a)"));
        assertEquals("3(a)(ii)", language.itemNumber("3 (a) (ii)"));
    }

    @Test
    void chinesePeriodsOfTheDay() {
        AnnexLanguage language = AnnexLanguage.ZH;
        assertEquals("上午10时至中午12时", language.timeRange(TEN, LocalTime.NOON));
        assertEquals("中午12时30分至下午3时", language.timeRange(LocalTime.of(12, 30), FIFTEEN));
        assertEquals("下午6时至晚上9时", language.timeRange(EIGHTEEN, LocalTime.of(21, 0)));
        assertEquals("晚上9时至午夜12时", language.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
    }

    @Test
    void french() {
        AnnexLanguage language = AnnexLanguage.FR;
        assertEquals("Mardi 17 mars", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 heures-13 heures", language.timeRange(TEN, THIRTEEN));
        assertEquals("15 heures-18 heures", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10 h 30-13 heures", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21 heures-minuit", language.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("Débat général (suite)", language.continuedTitle("Débat général"));
        assertEquals("Date et heure", language.dateAndTimeHeading());
        assertEquals("Point de l’ordre du jour", language.agendaItemHeading());
        assertEquals("Titre ou description", language.titleHeading());
        assertEquals("1 a)", language.itemNumber("1 (a)"));
    }

    @Test
    void russian() {
        AnnexLanguage language = AnnexLanguage.RU;
        assertEquals("Вторник, 17 марта", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 час. 00 мин. – 13 час. 00 мин.", language.timeRange(TEN, THIRTEEN));
        assertEquals("15 час. 00 мин. – 18 час. 00 мин.", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10 час. 30 мин. – 13 час. 00 мин.", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("Общие прения (продолжение)", language.continuedTitle("Общие прения"));
        assertEquals("Дата и время", language.dateAndTimeHeading());
        assertEquals("Пункт повестки дня", language.agendaItemHeading());
        assertEquals("Название или описание", language.titleHeading());
        assertEquals("1 a)", language.itemNumber("1 (a)"));
    }

    @Test
    void spanish() {
        AnnexLanguage language = AnnexLanguage.ES;
        assertEquals("Martes 17 de marzo", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10.00 a 13.00 horas", language.timeRange(TEN, THIRTEEN));
        assertEquals("15.00 a 18.00 horas", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10.30 a 13.00 horas", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21.00 a 24.00 horas", language.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("Debate general (continuación)", language.continuedTitle("Debate general"));
        assertEquals("Fecha y hora", language.dateAndTimeHeading());
        assertEquals("Tema del programa", language.agendaItemHeading());
        assertEquals("Título o descripción", language.titleHeading());
        assertEquals("1 a)", language.itemNumber("1 (a)"));
        assertEquals("3 a) ii)", language.itemNumber("3 (a) (ii)"));
    }

    @Test
    void arabic() {
        AnnexLanguage language = AnnexLanguage.AR;
        assertEquals("الثلاثاء، 17 آذار/مارس", language.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("الأربعاء، 1 تموز/يوليه", language.dayHeading(LocalDate.of(2020, 7, 1)));
        assertEquals("10:00-13:00", language.timeRange(TEN, THIRTEEN));
        assertEquals("15:00-18:00", language.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10:30-13:00", language.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21:00-24:00", language.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("المناقشة العامة (تابع)", language.continuedTitle("المناقشة العامة"));
        assertEquals("التاريخ والوقت", language.dateAndTimeHeading());
        assertEquals("البند من جدول الأعمال", language.agendaItemHeading());
        assertEquals("العنوان أو الوصف", language.titleHeading());
        assertEquals("1 (أ)", language.itemNumber("1 (a)"));
        assertEquals("2 (هـ)", language.itemNumber("2 (e)"));
    }

    @Test
    void itemNumbersThatAreNotNumberAndSubdivisionsAreKeptAsWritten() {
        assertEquals("1 (a) bis", AnnexLanguage.FR.itemNumber(" 1 (a) bis "));
        assertEquals("7", AnnexLanguage.ZH.itemNumber("7"));
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (AnnexLanguage language : AnnexLanguage.values()) {
            assertEquals(language == AnnexLanguage.AR, language.rightToLeft(), language.code());
        }
    }

    @Test
    void codesAndLocales() {
        assertEquals("ar", AnnexLanguage.AR.code());
        assertEquals("zh", AnnexLanguage.ZH.code());
        assertEquals("en", AnnexLanguage.EN.code());
        assertEquals("fr", AnnexLanguage.FR.code());
        assertEquals("ru", AnnexLanguage.RU.code());
        assertEquals("es", AnnexLanguage.ES.code());
        assertEquals(Locale.forLanguageTag("ru"), AnnexLanguage.RU.locale());
    }

    @Test
    void theAnnexIsPrintedInEachOfficialLanguageInTheirOrder() {
        assertEquals(org.agendaplanner.model.Languages.CODES,
                java.util.Arrays.stream(AnnexLanguage.values()).map(AnnexLanguage::code).toList());
    }

    @Test
    void forCodeIgnoresCase() {
        assertEquals(Optional.of(AnnexLanguage.ZH), AnnexLanguage.forCode("zh"));
        assertEquals(Optional.of(AnnexLanguage.ZH), AnnexLanguage.forCode("ZH"));
        assertEquals(Optional.of(AnnexLanguage.ES), AnnexLanguage.forCode(" Es "));
        assertTrue(AnnexLanguage.forCode("en").isPresent());
        assertFalse(AnnexLanguage.forCode("de").isPresent());
        assertFalse(AnnexLanguage.forCode("").isPresent());
        assertFalse(AnnexLanguage.forCode(null).isPresent());
    }
}
