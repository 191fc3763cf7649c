package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * One involvement with every DfE-coded field core records: referral source, primary need, NFA and
 * closure reason (referrals), authorisation date and factors (assessments), outcome and initial
 * conference (section 47), categories of abuse (CP plans) and the care leaver's OC3 fields.
 */
public record InvolvementDetailRow(long id, long personId, String kind, LocalDate start, LocalDate end, Long referralId,
                                   String sourceCode, String primaryNeed, boolean nfa, String closureReason,
                                   LocalDate completedOn, String factors, String outcomeCode, LocalDate icpcDate,
                                   String categoryCode, String latestCategoryCode, String leaverStatus, String inTouch,
                                   String activityCode, String accommodationCode) {

    /** Whether any day of the involvement falls between the two dates, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
