package org.harbour.send.letter.domain;

import java.time.LocalDate;

/**
 * The time limits a decision letter gives the family (SEND Regulations 2014, Part 6, and the
 * Tribunal Procedure Rules, rule 20): before appealing they contact a mediation adviser within 2
 * months of the letter; they may appeal within 2 months of the letter, or within 1 month of the
 * mediation certificate when that is later. Months are calendar months: 31 December gives the
 * last day of February.
 */
public final class AppealRights {

    public static final int APPEAL_MONTHS = 2;
    public static final int AFTER_CERTIFICATE_MONTHS = 1;

    private AppealRights() {
    }

    /** The last day to contact a mediation adviser. */
    public static LocalDate mediationAdviceBy(LocalDate letterDate) {
        return letterDate.plusMonths(APPEAL_MONTHS);
    }

    /** The last day to appeal: 2 months from the letter, or 1 month from the mediation certificate if later. */
    public static LocalDate appealBy(LocalDate letterDate, LocalDate mediationCertificate) {
        LocalDate fromLetter = letterDate.plusMonths(APPEAL_MONTHS);
        if (mediationCertificate == null) {
            return fromLetter;
        }
        LocalDate fromCertificate = mediationCertificate.plusMonths(AFTER_CERTIFICATE_MONTHS);
        return fromCertificate.isAfter(fromLetter) ? fromCertificate : fromLetter;
    }
}
