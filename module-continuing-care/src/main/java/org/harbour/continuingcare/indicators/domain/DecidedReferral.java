package org.harbour.continuingcare.indicators.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A referral with its funding decision: the dates the referral-to-decision indicator is measured by. */
public record DecidedReferral(long referralId, long personId, LocalDate referredOn, LocalDate decidedOn) {

    /**
     * Decided within the expectation, as the module's timeliness figures count it: a wait of at
     * most {@code weeks} × 7 calendar days (42 days of a 6-week expectation is in time, 43 is not).
     */
    public boolean decidedWithin(int weeks) {
        return ChronoUnit.DAYS.between(referredOn, decidedOn) <= weeks * 7L;
    }
}
