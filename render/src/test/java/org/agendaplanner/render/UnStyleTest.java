package org.agendaplanner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnStyleTest {

    /** 17 March 2020 was a Tuesday: the seed date of every example in docs/rendering.md. */
    private static final LocalDate TUESDAY_17_MARCH_2020 = LocalDate.of(2020, 3, 17);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TEN_THIRTY = LocalTime.of(10, 30);
    private static final LocalTime THIRTEEN = LocalTime.of(13, 0);
    private static final LocalTime FIFTEEN = LocalTime.of(15, 0);
    private static final LocalTime EIGHTEEN = LocalTime.of(18, 0);

    @Test
    void english() {
        UnStyle style = UnStyle.EN;
        assertEquals("Tuesday, 17 March", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 a.m.–1 p.m.", style.timeRange(TEN, THIRTEEN));
        assertEquals("3–6 p.m.", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10.30 a.m.–1 p.m.", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("General debate (continued)", style.continuedTitle("General debate"));
        assertEquals("(continued)", style.continuedMarker());
        assertEquals("Date and time", style.dateAndTimeHeading());
        assertEquals("Agenda item", style.agendaItemHeading());
        assertEquals("Title or description", style.titleHeading());
        assertEquals("1 (a)", style.itemNumber("1 (a)"));
        assertEquals("1 (a)", style.itemNumber("1(a)"));
    }

    @Test
    void englishNoonAndMidnightTakeNoMeridiem() {
        UnStyle style = UnStyle.EN;
        assertEquals("10 a.m.–12 noon", style.timeRange(TEN, LocalTime.NOON));
        assertEquals("12 noon–3 p.m.", style.timeRange(LocalTime.NOON, FIFTEEN));
        assertEquals("12.30–3 p.m.", style.timeRange(LocalTime.of(12, 30), FIFTEEN));
        assertEquals("9 p.m.–12 midnight", style.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("9–11 a.m.", style.timeRange(LocalTime.of(9, 0), LocalTime.of(11, 0)));
    }

    @Test
    void chinese() {
        UnStyle style = UnStyle.ZH;
        assertEquals("3月17日，星期二", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("上午10时至下午1时", style.timeRange(TEN, THIRTEEN));
        assertEquals("下午3时至6时", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("上午10时30分至下午1时", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("一般性辩论（续）", style.continuedTitle("一般性辩论"));
        assertEquals("（续）", style.continuedMarker());
        assertEquals("日期和时间", style.dateAndTimeHeading());
        assertEquals("议程项目", style.agendaItemHeading());
        assertEquals("标题或说明", style.titleHeading());
        assertEquals("1(a)", style.itemNumber("1 (a)"));
        assertEquals("3(a)(ii)", style.itemNumber("3 (a) (ii)"));
    }

    @Test
    void chinesePeriodsOfTheDay() {
        UnStyle style = UnStyle.ZH;
        assertEquals("上午10时至中午12时", style.timeRange(TEN, LocalTime.NOON));
        assertEquals("中午12时30分至下午3时", style.timeRange(LocalTime.of(12, 30), FIFTEEN));
        assertEquals("下午6时至晚上9时", style.timeRange(EIGHTEEN, LocalTime.of(21, 0)));
        assertEquals("晚上9时至午夜12时", style.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
    }

    @Test
    void french() {
        UnStyle style = UnStyle.FR;
        assertEquals("Mardi 17 mars", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 heures-13 heures", style.timeRange(TEN, THIRTEEN));
        assertEquals("15 heures-18 heures", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10 h 30-13 heures", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21 heures-minuit", style.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("Débat général (suite)", style.continuedTitle("Débat général"));
        assertEquals("Date et heure", style.dateAndTimeHeading());
        assertEquals("Point de l’ordre du jour", style.agendaItemHeading());
        assertEquals("Titre ou description", style.titleHeading());
        assertEquals("1 a)", style.itemNumber("1 (a)"));
    }

    @Test
    void russian() {
        UnStyle style = UnStyle.RU;
        assertEquals("Вторник, 17 марта", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10 час. 00 мин. – 13 час. 00 мин.", style.timeRange(TEN, THIRTEEN));
        assertEquals("15 час. 00 мин. – 18 час. 00 мин.", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10 час. 30 мин. – 13 час. 00 мин.", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("Общие прения (продолжение)", style.continuedTitle("Общие прения"));
        assertEquals("Дата и время", style.dateAndTimeHeading());
        assertEquals("Пункт повестки дня", style.agendaItemHeading());
        assertEquals("Название или описание", style.titleHeading());
        assertEquals("1 a)", style.itemNumber("1 (a)"));
    }

    @Test
    void spanish() {
        UnStyle style = UnStyle.ES;
        assertEquals("Martes 17 de marzo", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("10.00 a 13.00 horas", style.timeRange(TEN, THIRTEEN));
        assertEquals("15.00 a 18.00 horas", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10.30 a 13.00 horas", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21.00 a 24.00 horas", style.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("Debate general (continuación)", style.continuedTitle("Debate general"));
        assertEquals("Fecha y hora", style.dateAndTimeHeading());
        assertEquals("Tema del programa", style.agendaItemHeading());
        assertEquals("Título o descripción", style.titleHeading());
        assertEquals("1 a)", style.itemNumber("1 (a)"));
        assertEquals("3 a) ii)", style.itemNumber("3 (a) (ii)"));
    }

    @Test
    void arabic() {
        UnStyle style = UnStyle.AR;
        assertEquals("الثلاثاء، 17 آذار/مارس", style.dayHeading(TUESDAY_17_MARCH_2020));
        assertEquals("الأربعاء، 1 تموز/يوليه", style.dayHeading(LocalDate.of(2020, 7, 1)));
        assertEquals("10:00-13:00", style.timeRange(TEN, THIRTEEN));
        assertEquals("15:00-18:00", style.timeRange(FIFTEEN, EIGHTEEN));
        assertEquals("10:30-13:00", style.timeRange(TEN_THIRTY, THIRTEEN));
        assertEquals("21:00-24:00", style.timeRange(LocalTime.of(21, 0), LocalTime.MIDNIGHT));
        assertEquals("المناقشة العامة (تابع)", style.continuedTitle("المناقشة العامة"));
        assertEquals("التاريخ والوقت", style.dateAndTimeHeading());
        assertEquals("البند من جدول الأعمال", style.agendaItemHeading());
        assertEquals("العنوان أو الوصف", style.titleHeading());
        assertEquals("1 (أ)", style.itemNumber("1 (a)"));
        assertEquals("2 (هـ)", style.itemNumber("2 (e)"));
    }

    @Test
    void itemNumbersThatAreNotNumberAndSubdivisionsAreKeptAsWritten() {
        assertEquals("1 (a) bis", UnStyle.FR.itemNumber(" 1 (a) bis "));
        assertEquals("7", UnStyle.ZH.itemNumber("7"));
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (UnStyle style : UnStyle.values()) {
            assertEquals(style == UnStyle.AR, style.rightToLeft(), style.code());
        }
    }

    @Test
    void codesAndLocales() {
        assertEquals("ar", UnStyle.AR.code());
        assertEquals("zh", UnStyle.ZH.code());
        assertEquals("en", UnStyle.EN.code());
        assertEquals("fr", UnStyle.FR.code());
        assertEquals("ru", UnStyle.RU.code());
        assertEquals("es", UnStyle.ES.code());
        assertEquals(Locale.forLanguageTag("ru"), UnStyle.RU.locale());
    }

    @Test
    void forCodeIgnoresCase() {
        assertEquals(Optional.of(UnStyle.ZH), UnStyle.forCode("zh"));
        assertEquals(Optional.of(UnStyle.ZH), UnStyle.forCode("ZH"));
        assertEquals(Optional.of(UnStyle.ES), UnStyle.forCode(" Es "));
        assertTrue(UnStyle.forCode("en").isPresent());
        assertFalse(UnStyle.forCode("de").isPresent());
        assertFalse(UnStyle.forCode("").isPresent());
        assertFalse(UnStyle.forCode(null).isPresent());
    }
}
