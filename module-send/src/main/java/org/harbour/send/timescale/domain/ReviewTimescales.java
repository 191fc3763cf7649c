package org.harbour.send.timescale.domain;

import java.time.LocalDate;

/**
 * The annual review of an EHC plan: a review meeting at least every 12 months (the first within
 * 12 months of the plan being issued), the review report within 2 weeks of the meeting, the
 * authority's decision (maintain, amend, cease) within 4 weeks of it, and an amended final plan
 * within 12 weeks of it.
 */
public final class ReviewTimescales {

    public static final int REVIEW_MONTHS = 12;
    public static final int REPORT_WEEKS = 2;
    public static final int DECISION_WEEKS = 4;
    public static final int AMENDED_PLAN_WEEKS = 12;

    private ReviewTimescales() {
    }

    /** The next review meeting is due 12 months after the plan's issue or the last review meeting. */
    public static LocalDate nextReviewDue(LocalDate planIssuedOrLastMeeting) {
        return planIssuedOrLastMeeting.plusMonths(REVIEW_MONTHS);
    }

    public static LocalDate reportDue(LocalDate meeting) {
        return meeting.plusWeeks(REPORT_WEEKS);
    }

    public static LocalDate decisionDue(LocalDate meeting) {
        return meeting.plusWeeks(DECISION_WEEKS);
    }

    public static LocalDate amendedPlanDue(LocalDate meeting) {
        return meeting.plusWeeks(AMENDED_PLAN_WEEKS);
    }
}
