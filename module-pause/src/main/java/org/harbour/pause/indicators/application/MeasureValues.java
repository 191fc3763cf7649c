package org.harbour.pause.indicators.application;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A month's count as the value the scorecard would show (Pause measures are counts, percentages and averages). */
final class MeasureValues {

    private MeasureValues() {
    }

    /** Null when there is nothing to divide by. */
    static Double value(IndicatorUnit unit, IndicatorCount count) {
        if (count == null) {
            return unit == IndicatorUnit.COUNT ? 0.0 : null;
        }
        return switch (unit) {
            case PERCENT -> count.denominator() == null || count.denominator() == 0 ? null
                    : round(count.numerator() * 100.0 / count.denominator());
            case AVERAGE -> count.denominator() == null || count.denominator() == 0 ? null
                    : round((double) count.numerator() / count.denominator());
            default -> (double) count.numerator();
        };
    }

    static String cell(IndicatorUnit unit, Double value) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case PERCENT -> BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case AVERAGE -> BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
            default -> String.format(java.util.Locale.UK, "%,d", Math.round(value));
        };
    }

    static String unitLabel(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> "per cent";
            case AVERAGE -> "average";
            default -> "number";
        };
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
