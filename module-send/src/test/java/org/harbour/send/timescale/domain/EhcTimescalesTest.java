package org.harbour.send.timescale.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates worked out by hand on a calendar for a request received on Monday 5 January 2026. */
class EhcTimescalesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    @Test
    void theDecisionWhetherToAssessIsDueSixWeeksAfterTheRequest() {
        assertEquals(LocalDate.of(2026, 2, 16), EhcTimescales.decisionToAssessDue(RECEIVED));
    }

    @Test
    void adviceIsDueSixWeeksAfterItWasAskedFor() {
        assertEquals(LocalDate.of(2026, 3, 13), EhcTimescales.adviceDue(LocalDate.of(2026, 1, 30)));
    }

    @Test
    void aDecisionNotToIssueIsDueSixteenWeeksAfterTheRequest() {
        assertEquals(LocalDate.of(2026, 4, 27), EhcTimescales.decisionNotToIssueDue(RECEIVED));
    }

    @Test
    void theFinalPlanIsDueTwentyWeeksAfterTheRequestEvenOnABankHoliday() {
        // 25 May 2026 is the spring bank holiday: the timescale is in calendar weeks and does not move.
        assertEquals(LocalDate.of(2026, 5, 25), EhcTimescales.finalPlanDue(RECEIVED));
    }

    @Test
    void theFamilyHasFifteenDaysOnTheDraftAndTheFinalPlanComesAfterThem() {
        LocalDate draft = LocalDate.of(2026, 4, 20);
        assertEquals(LocalDate.of(2026, 5, 5), EhcTimescales.familyCommentsUntil(draft));
        assertEquals(LocalDate.of(2026, 5, 6), EhcTimescales.earliestFinal(draft));
    }

    @Test
    void aStepOnItsDueDayIsOnTimeAndADayLaterIsNot() {
        LocalDate due = EhcTimescales.finalPlanDue(RECEIVED);
        assertTrue(EhcTimescales.onTime(due, due));
        assertTrue(EhcTimescales.onTime(due.minusDays(1), due));
        assertFalse(EhcTimescales.onTime(due.plusDays(1), due));
    }
}
