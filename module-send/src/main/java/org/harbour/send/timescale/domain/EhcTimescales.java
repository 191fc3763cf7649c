package org.harbour.send.timescale.domain;

import java.time.LocalDate;

/**
 * The statutory timescales of an EHC needs assessment, in calendar weeks from the day the
 * request was received (SEND Regulations 2014). Bank holidays and school holidays do not move
 * them, and the clock never stops: a permitted exception is recorded beside it, never taken off it.
 * A step is on time when it happens on or before its due day.
 */
public final class EhcTimescales {

    public static final int DECISION_TO_ASSESS_WEEKS = 6;
    public static final int ADVICE_WEEKS = 6;
    public static final int DECISION_NOT_TO_ISSUE_WEEKS = 16;
    public static final int FINAL_PLAN_WEEKS = 20;
    public static final int FAMILY_COMMENT_DAYS = 15;

    private EhcTimescales() {
    }

    /** The decision whether to assess: 6 weeks from the request. */
    public static LocalDate decisionToAssessDue(LocalDate received) {
        return received.plusWeeks(DECISION_TO_ASSESS_WEEKS);
    }

    /** Advice asked of a professional: 6 weeks from the request for it. */
    public static LocalDate adviceDue(LocalDate requested) {
        return requested.plusWeeks(ADVICE_WEEKS);
    }

    /** A decision not to issue a plan after the assessment: 16 weeks from the request. */
    public static LocalDate decisionNotToIssueDue(LocalDate received) {
        return received.plusWeeks(DECISION_NOT_TO_ISSUE_WEEKS);
    }

    /** The final plan: 20 weeks from the request. */
    public static LocalDate finalPlanDue(LocalDate received) {
        return received.plusWeeks(FINAL_PLAN_WEEKS);
    }

    /**
     * The last day of the family's at least 15 days to comment on the draft and name a setting:
     * the day the draft was sent counts as day 0, so the plan may be finalised the day after.
     */
    public static LocalDate familyCommentsUntil(LocalDate draftSent) {
        return draftSent.plusDays(FAMILY_COMMENT_DAYS);
    }

    /** The earliest day the final plan may be issued after a draft sent on the day. */
    public static LocalDate earliestFinal(LocalDate draftSent) {
        return familyCommentsUntil(draftSent).plusDays(1);
    }

    /** Whether the step done on {@code done} was on time against {@code due}. */
    public static boolean onTime(LocalDate done, LocalDate due) {
        return !done.isAfter(due);
    }
}
