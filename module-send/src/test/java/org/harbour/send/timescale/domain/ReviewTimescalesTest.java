package org.harbour.send.timescale.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An annual review meeting on Tuesday 10 March 2026, dates counted on a calendar. */
class ReviewTimescalesTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 10);

    @Test
    void theReportIsDueTwoWeeksAfterTheMeeting() {
        assertEquals(LocalDate.of(2026, 3, 24), ReviewTimescales.reportDue(MEETING));
    }

    @Test
    void theDecisionIsDueFourWeeksAfterTheMeeting() {
        assertEquals(LocalDate.of(2026, 4, 7), ReviewTimescales.decisionDue(MEETING));
    }

    @Test
    void anAmendedPlanIsDueTwelveWeeksAfterTheMeeting() {
        assertEquals(LocalDate.of(2026, 6, 2), ReviewTimescales.amendedPlanDue(MEETING));
    }

    @Test
    void theNextReviewIsDueTwelveMonthsAfterTheLastOneOrTheIssue() {
        assertEquals(LocalDate.of(2027, 3, 10), ReviewTimescales.nextReviewDue(MEETING));
        assertEquals(LocalDate.of(2025, 2, 28), ReviewTimescales.nextReviewDue(LocalDate.of(2024, 2, 29)),
                "a plan issued on 29 February is reviewed by the last day of February");
    }

    @Test
    void phaseTransfersBetweenSchoolsAreDueOnFifteenthFebruaryAndIntoPostSixteenOnThirtyFirstMarch() {
        assertEquals(LocalDate.of(2027, 2, 15), PhaseTransfer.PRIMARY_TO_SECONDARY.deadline(2027));
        assertEquals(LocalDate.of(2027, 2, 15), PhaseTransfer.INTO_SCHOOL.deadline(2027));
        assertEquals(LocalDate.of(2027, 3, 31), PhaseTransfer.SCHOOL_TO_POST_16.deadline(2027));
    }
}
