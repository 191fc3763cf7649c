package org.harbour.send.timescale.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days an exception applied to a case, both ends included. */
public record ExceptionPeriod(ExceptionGround ground, LocalDate from, LocalDate to) {

    public ExceptionPeriod {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An exception cannot end before it starts: " + from + " to " + to);
        }
    }

    /** The days of the period that fall between the two days, both included (0 when apart). */
    public long daysWithin(LocalDate start, LocalDate end) {
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = to.isBefore(end) ? to : end;
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }
}
