package org.harbour.core.spi.returns;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period a return is made for: its label as staff and the recipient name it ({@code 2025-26},
 * {@code 2026}), the first and last day of its reference period (both included), and its census
 * date where the return is a census (null otherwise).
 */
public record ReturnPeriod(String label, LocalDate start, LocalDate end, LocalDate censusDate) {

    public ReturnPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + start + " to " + end);
        }
    }

    /** Whether the day falls in the reference period, both ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
