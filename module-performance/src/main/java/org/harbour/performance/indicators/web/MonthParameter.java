package org.harbour.performance.indicators.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A month named in a page's address ({@code ?to=2026-10}): a bad value falls back to a default
 * month and says so, rather than failing the page.
 */
public record MonthParameter(YearMonth month, String problem) {

    /** How pages write a month: "Oct 2026". */
    public static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public static MonthParameter parse(String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return new MonthParameter(fallback, null);
        }
        try {
            return new MonthParameter(YearMonth.parse(value.trim()), null);
        } catch (DateTimeParseException e) {
            return new MonthParameter(fallback, "'" + value + "' is not a month like 2026-10; showing " + fallback + ".");
        }
    }
}
