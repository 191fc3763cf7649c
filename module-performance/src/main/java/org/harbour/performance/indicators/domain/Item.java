package org.harbour.performance.indicators.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row behind a figure, so that the rows add up to it: a child (for a measure of children), an
 * event of a child (a visit, a referral, a plan starting: for a measure of events), or a
 * caseholder (for a measure of workers). {@code numerator} is what the row adds to the numerator
 * (0 or 1, or a caseholder's children); {@code inDenominator} whether it is one of the denominator.
 *
 * @param personId      the child, or null for a caseholder's row
 * @param what          what the row is: "Visit (CP)", "Referral", "Caseholder 12"
 * @param date          the event's date (or the date it was measured at)
 * @param due           the date it was due by, for a timeliness measure
 * @param outcome       in words: "On time", "Late", "Child not seen", "Re-referral"
 */
public record Item(Long personId, String what, LocalDate date, LocalDate due, String outcome, long numerator,
                   boolean inDenominator) implements Serializable {

    public boolean counted() {
        return numerator > 0;
    }
}
