package org.harbour.youthjustice.board.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

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
}
