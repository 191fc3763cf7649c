package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * One involvement as population queries need it: who, which kind, when, and the few coded facts
 * indicators count by (the referral's NFA flag, a section 47's outcome and conference date, an
 * assessment's authorisation date, a plan's category).
 */
public record InvolvementRow(long id, long personId, String kind, LocalDate start, LocalDate end, Long referralId,
                             boolean nfa, String outcomeCode, LocalDate icpcDate, LocalDate completedOn,
                             String categoryCode) {

    /** Open at the end of the day: started by then and not ended on or before it. */
    public boolean openAt(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
