package org.harbour.core.spi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England and Wales from the rules of the Banking and Financial Dealings Act
 * and royal proclamation: the eight regular days with their substitute days, the years a day
 * was moved, and the one-off days proclaimed since 2011. A day proclaimed later is added by
 * configuration (see {@code WorkingDayCalendar}) until this list is updated.
 */
public final class EnglandBankHolidays {

    /** Regular days moved by proclamation: the rule's date, then the date actually kept. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

    /** Additional one-off bank holidays. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(2011, 4, 29),
            LocalDate.of(2012, 6, 5),
            LocalDate.of(2022, 6, 3),
            LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8));

    private EnglandBankHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(christmas(year));
        Set<LocalDate> kept = new TreeSet<>();
        for (LocalDate day : days) {
            kept.add(MOVED.getOrDefault(day, day));
        }
        ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(kept::add);
        return kept;
    }

    /** A holiday falling at a weekend is kept on the following Monday. */
    private static LocalDate substitute(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Christmas Day and Boxing Day; when either falls at a weekend the next free weekdays are kept. */
    private static Set<LocalDate> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        return switch (christmas.getDayOfWeek()) {
            case FRIDAY -> Set.of(christmas, LocalDate.of(year, 12, 28));
            case SATURDAY -> Set.of(LocalDate.of(year, 12, 27), LocalDate.of(year, 12, 28));
            case SUNDAY -> Set.of(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27));
            default -> Set.of(christmas, LocalDate.of(year, 12, 26));
        };
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
