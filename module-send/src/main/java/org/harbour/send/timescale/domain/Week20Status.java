package org.harbour.send.timescale.domain;

import java.time.LocalDate;

/**
 * Where an open EHC needs assessment stands against its 20 weeks, for the officer's caseload and
 * My work. At risk: no draft plan by week 15 (the family's 15 days and the final plan still to
 * come), or a draft but no final plan in the last week. Once the final plan is out: issued in or
 * after 20 weeks.
 */
public enum Week20Status {

    ON_TRACK("On track"),
    AT_RISK("At risk"),
    LATE("Late"),
    ISSUED_ON_TIME("Issued within 20 weeks"),
    ISSUED_LATE("Issued after 20 weeks"),
    NO_PLAN("No plan to issue");

    /** Weeks before the 20-week day from which a case with no draft plan is at risk. */
    public static final int DRAFT_RISK_WEEKS = 5;

    private final String label;

    Week20Status(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return this == ON_TRACK || this == AT_RISK || this == LATE;
    }

    /**
     * @param draftSent   null until the draft plan went to the family
     * @param finalIssued null until the final plan was issued
     * @param closed      the request ended without a plan (not assessed, not issued, withdrawn)
     */
    public static Week20Status of(LocalDate received, LocalDate draftSent, LocalDate finalIssued, boolean closed,
                                  LocalDate today) {
        LocalDate due = EhcTimescales.finalPlanDue(received);
        if (finalIssued != null) {
            return EhcTimescales.onTime(finalIssued, due) ? ISSUED_ON_TIME : ISSUED_LATE;
        }
        if (closed) {
            return NO_PLAN;
        }
        if (today.isAfter(due)) {
            return LATE;
        }
        boolean draftLate = draftSent == null && today.isAfter(due.minusWeeks(DRAFT_RISK_WEEKS));
        boolean finalClose = draftSent != null && today.isAfter(due.minusWeeks(1));
        return draftLate || finalClose ? AT_RISK : ON_TRACK;
    }
}
