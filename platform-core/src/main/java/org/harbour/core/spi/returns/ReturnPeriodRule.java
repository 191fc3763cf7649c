package org.harbour.core.spi.returns;

import org.harbour.core.spi.error.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a return's periods are named and what days they cover. Two shapes cover the DfE's returns:
 * a collection year ({@code 2025-26}: 1 April 2025 to 31 March 2026 for SSDA903 and the CIN census)
 * and a census ({@code 2026}: the census date in 2026, with the full year before it as the reference
 * period, e.g. SEN2's January census over the previous calendar year). A third shape, quarters of a
 * collection year ({@code 2025-26 Q1}: 1 April to 30 June 2025), serves case-level data sent quarterly.
 */
public final class ReturnPeriodRule implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern YEAR_PAIR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}-\\d{2}) Q([1-4])");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2099;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private final MonthDay yearStart;
    private final MonthDay censusDay;
    private final boolean quarterly;

    private ReturnPeriodRule(MonthDay yearStart, MonthDay censusDay) {
        this(yearStart, censusDay, false);
    }

    private ReturnPeriodRule(MonthDay yearStart, MonthDay censusDay, boolean quarterly) {
        this.yearStart = Objects.requireNonNull(yearStart, "yearStart");
        this.censusDay = censusDay;
        this.quarterly = quarterly;
    }

    /** The four quarters of the April to March year, named {@code 2025-26 Q1} (April to June) to {@code 2025-26 Q4}. */
    public static ReturnPeriodRule aprilToMarchQuarters() {
        return new ReturnPeriodRule(MonthDay.of(4, 1), null, true);
    }

    public boolean isQuarterly() {
        return quarterly;
    }

    /** A collection year starting each year on the day given, named {@code 2025-26}. */
    public static ReturnPeriodRule collectionYear(MonthDay start) {
        return new ReturnPeriodRule(start, null);
    }

    /** The April to March year of SSDA903 and the CIN census. */
    public static ReturnPeriodRule aprilToMarch() {
        return collectionYear(MonthDay.of(4, 1));
    }

    /**
     * A census taken each year on {@code censusDay}, named by its year; the reference period is the
     * last full year starting on {@code referenceYearStart} that ends on or before the census date.
     */
    public static ReturnPeriodRule census(MonthDay censusDay, MonthDay referenceYearStart) {
        return new ReturnPeriodRule(referenceYearStart, Objects.requireNonNull(censusDay, "censusDay"));
    }

    public boolean isCensus() {
        return censusDay != null;
    }

    /** For staff: e.g. "Collection year from 1 April to 31 March, named like 2025-26". */
    public String describe() {
        if (isCensus()) {
            return "Census on " + censusDay.atYear(2001).format(DAY_MONTH) + " each year, over the year from "
                    + yearStart.atYear(2001).format(DAY_MONTH) + " before it, named like 2026";
        }
        if (quarterly) {
            return "Quarters of the year from " + yearStart.atYear(2001).format(DAY_MONTH) + ", the first to "
                    + yearStart.atYear(2001).plusMonths(3).minusDays(1).format(DAY_MONTH) + ", named like 2025-26 Q1";
        }
        return "Collection year from " + yearStart.atYear(2001).format(DAY_MONTH) + " to "
                + yearStart.atYear(2001).minusDays(1).format(DAY_MONTH) + ", named like 2025-26";
    }

    /** The period a label names; a malformed label is refused on the field {@code period}. */
    public ReturnPeriod period(String label) {
        String value = label == null ? "" : label.strip();
        if (quarterly) {
            return quarterPeriod(value);
        }
        return isCensus() ? censusPeriod(value) : collectionYear(value);
    }

    /** The period in progress on the day: the collection year containing it, or the next census on or after it. */
    public ReturnPeriod containing(LocalDate day) {
        if (isCensus()) {
            LocalDate census = censusDay.atYear(day.getYear());
            return censusOf(census.isBefore(day) ? day.getYear() + 1 : day.getYear());
        }
        LocalDate start = yearStart.atYear(day.getYear());
        ReturnPeriod year = yearFrom(start.isAfter(day) ? day.getYear() - 1 : day.getYear());
        if (!quarterly) {
            return year;
        }
        int quarter = (int) (java.time.temporal.ChronoUnit.MONTHS.between(year.start().withDayOfMonth(1), day.withDayOfMonth(1)) / 3) + 1;
        return quarterOf(year, quarter);
    }

    private ReturnPeriod quarterPeriod(String value) {
        Matcher m = QUARTER.matcher(value);
        if (!m.matches()) {
            throw refused(value, "a quarter such as 2025-26 Q1");
        }
        ReturnPeriod year;
        try {
            year = collectionYear(m.group(1));
        } catch (org.harbour.core.spi.error.InvalidInputException e) {
            throw refused(value, "a quarter such as 2025-26 Q1 (the second year follows the first)");
        }
        return quarterOf(year, Integer.parseInt(m.group(2)));
    }

    private static ReturnPeriod quarterOf(ReturnPeriod year, int quarter) {
        LocalDate start = year.start().plusMonths(3L * (quarter - 1));
        return new ReturnPeriod(year.label() + " Q" + quarter, start, start.plusMonths(3).minusDays(1), null);
    }

    private ReturnPeriod collectionYear(String value) {
        Matcher m = YEAR_PAIR.matcher(value);
        if (!m.matches()) {
            throw refused(value, "a collection year such as 2025-26");
        }
        int first = Integer.parseInt(m.group(1));
        if (first < FIRST_YEAR || first >= LAST_YEAR || Integer.parseInt(m.group(2)) != (first + 1) % 100) {
            throw refused(value, "a collection year such as 2025-26 (the second year follows the first)");
        }
        return yearFrom(first);
    }

    private ReturnPeriod yearFrom(int year) {
        LocalDate start = yearStart.atYear(year);
        return new ReturnPeriod(year + "-" + String.format("%02d", (year + 1) % 100), start,
                start.plusYears(1).minusDays(1), null);
    }

    private ReturnPeriod censusPeriod(String value) {
        if (!YEAR.matcher(value).matches()) {
            throw refused(value, "the year of a census such as 2026");
        }
        int year = Integer.parseInt(value);
        if (year <= FIRST_YEAR || year > LAST_YEAR) {
            throw refused(value, "the year of a census such as 2026");
        }
        return censusOf(year);
    }

    private ReturnPeriod censusOf(int year) {
        LocalDate census = censusDay.atYear(year);
        LocalDate start = yearStart.atYear(year);
        while (start.plusYears(1).minusDays(1).isAfter(census)) {
            start = start.minusYears(1);
        }
        return new ReturnPeriod(Integer.toString(year), start, start.plusYears(1).minusDays(1), census);
    }

    private static InvalidInputException refused(String value, String expected) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "..." : value;
        return new InvalidInputException("period", "'" + shown + "' is not " + expected + ".");
    }

    @Override
    public String toString() {
        return describe();
    }
}
