package org.harbour.youthjustice.board.domain;

import java.io.Serializable;

/**
 * One measure of the KPI set over a period: the numerator and, for a percentage, the denominator.
 * Rates per population are worked out on the scorecard against the 10-17 population it holds; here
 * they are the number of events, with the unit saying what they are per.
 */
public record KpiFigure(String indicatorId, String title, String unit, long numerator, Long denominator) implements Serializable {

    /** The value as presented: a percentage to one place, a count, or "-" for a percentage of nothing. */
    public String shown() {
        if ("PERCENT".equals(unit)) {
            return denominator == null || denominator == 0 ? "-"
                    : String.format(java.util.Locale.UK, "%.1f%% (%d of %d)", 100.0 * numerator / denominator, numerator, denominator);
        }
        String per = switch (unit) {
            case "RATE_PER_1000_AGED_10_TO_17" -> " (rate per 1,000 aged 10-17 on the scorecard)";
            case "RATE_PER_10000_AGED_10_TO_17" -> " (rate per 10,000 aged 10-17 on the scorecard)";
            case "RATE_PER_100000_AGED_10_TO_17" -> " (rate per 100,000 aged 10-17 on the scorecard)";
            default -> "";
        };
        return numerator + per;
    }
}
