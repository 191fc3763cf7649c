package org.harbour.youthjustice.board.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

/** Summing a measure's months into the figure for the whole period. */
public final class KpiSet {

    private KpiSet() {
    }

    /** Numerators added, and denominators added when the measure has them (null when none of its months has one). */
    public static KpiFigure figure(String id, String title, String unit, Collection<IndicatorCount> months) {
        long numerator = 0;
        Long denominator = null;
        for (IndicatorCount m : months) {
            numerator += m.numerator();
            if (m.denominator() != null) {
                denominator = (denominator == null ? 0 : denominator) + m.denominator();
            }
        }
        if (denominator == null && "PERCENT".equals(unit)) {
            denominator = 0L;
        }
        return new KpiFigure(id, title, unit, numerator, denominator);
    }

    /** The months a board paper reports: the {@code months} months ending with the one before {@code asOf}'s. */
    public static YearMonth[] period(YearMonth asOf, int months) {
        if (months < 1 || months > 24) {
            throw new IllegalArgumentException("A period is 1 to 24 months, not " + months);
        }
        YearMonth last = asOf.minusMonths(1);
        return new YearMonth[] {last.minusMonths(months - 1L), last};
    }

    /**
     * The three months of the quarter beginning on {@code firstDay} (1 April, July, October or
     * January: the YJB's reporting quarters, the first of the year April to June).
     */
    public static YearMonth[] quarter(LocalDate firstDay) {
        if (firstDay.getDayOfMonth() != 1 || (firstDay.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("A quarter begins on 1 January, April, July or October, not " + firstDay);
        }
        YearMonth first = YearMonth.from(firstDay);
        return new YearMonth[] {first, first.plusMonths(2)};
    }

    /** The quarter as the YJB names it: "Q1 2025/26" for April to June 2025. */
    public static String quarterLabel(LocalDate firstDay) {
        YearMonth[] q = quarter(firstDay);
        int number = (q[0].getMonthValue() + 8) % 12 / 3 + 1;
        int yearStart = q[0].getMonthValue() >= 4 ? q[0].getYear() : q[0].getYear() - 1;
        return "Q" + number + " " + yearStart + "/" + String.format("%02d", (yearStart + 1) % 100);
    }
}
