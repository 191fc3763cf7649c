package org.harbour.performance.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers written as {@code String.format(Locale.UK, "%,.Nf", value)} writes them (grouped, rounded half up
 * from the shortest decimal form of the double), without its cost: {@code String.format} builds the locale's
 * symbols and a number format on every call, and a scorecard page writes some two thousand figures, which
 * made formatting the largest part of the page's time.
 */
public final class UkNumbers {

    private static final DecimalFormat WHOLE = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    private static final DecimalFormat ONE_PLACE = new DecimalFormat("#,##0.0",
            DecimalFormatSymbols.getInstance(Locale.UK));

    private UkNumbers() {
    }

    /** Whole, e.g. "1,235". */
    public static String whole(double value) {
        return write(value, 0, WHOLE);
    }

    /** To one decimal place, e.g. "1,234.6". */
    public static String onePlace(double value) {
        return write(value, 1, ONE_PLACE);
    }

    private static String write(double value, int places, DecimalFormat prototype) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.UK, "%,." + places + "f", value);
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
        // A clone: DecimalFormat is not safe to share between threads, and cloning skips parsing the pattern.
        String text = ((DecimalFormat) prototype.clone()).format(rounded);
        // String.format keeps the sign of a negative value that rounds to zero ("-0.0"); BigDecimal has no -0.
        return Math.copySign(1.0, value) < 0 && rounded.signum() == 0 ? "-" + text : text;
    }
}
