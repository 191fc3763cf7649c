package org.harbour.send.timescale.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Received 5 January 2026, so due 25 May 2026; the plan issued 5 June 2026 is 11 days late. */
class FinalPlanTimelinessTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate LATE_ISSUE = LocalDate.of(2026, 6, 5);

    @Test
    void aPlanOnTheTwentiethWeekIsOnTimeWithoutAnyException() {
        FinalPlanTimeliness t = new FinalPlanTimeliness(RECEIVED, LocalDate.of(2026, 5, 25), List.of());
        assertTrue(t.withinTwentyWeeks());
        assertTrue(t.withinTwentyWeeksAllowingExceptions());
        assertFalse(t.lateButCoveredByExceptions());
    }

    @Test
    void anExceptionOfFourteenDaysWithinTheTwentyWeeksCoversAPlanElevenDaysLate() {
        ExceptionPeriod family = new ExceptionPeriod(ExceptionGround.C, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14));
        FinalPlanTimeliness t = new FinalPlanTimeliness(RECEIVED, LATE_ISSUE, List.of(family));
        assertEquals(11, t.daysLate());
        assertEquals(14, t.exceptionDays());
        assertFalse(t.withinTwentyWeeks(), "the clock never stops: plainly, the plan is late");
        assertTrue(t.withinTwentyWeeksAllowingExceptions());
        assertTrue(t.lateButCoveredByExceptions());
    }

    @Test
    void anExceptionThatStartsFiveDaysBeforeTheDueDayDoesNotCoverElevenDaysLate() {
        // A school closing from 20 May to 15 June: only 20-25 May (6 days) fall within the 20 weeks.
        ExceptionPeriod closure = new ExceptionPeriod(ExceptionGround.A, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 15));
        FinalPlanTimeliness t = new FinalPlanTimeliness(RECEIVED, LATE_ISSUE, List.of(closure));
        assertEquals(6, t.exceptionDays());
        assertFalse(t.withinTwentyWeeks());
        assertFalse(t.withinTwentyWeeksAllowingExceptions());
    }

    @Test
    void theWeekTwentyStatusOfAnOpenCaseMovesFromOnTrackToAtRiskToLate() {
        assertEquals(Week20Status.ON_TRACK, Week20Status.of(RECEIVED, null, null, false, LocalDate.of(2026, 4, 20)));
        assertEquals(Week20Status.AT_RISK, Week20Status.of(RECEIVED, null, null, false, LocalDate.of(2026, 4, 21)),
                "no draft plan five weeks before the 20-week day");
        assertEquals(Week20Status.ON_TRACK, Week20Status.of(RECEIVED, LocalDate.of(2026, 4, 20), null, false,
                LocalDate.of(2026, 5, 18)));
        assertEquals(Week20Status.AT_RISK, Week20Status.of(RECEIVED, LocalDate.of(2026, 4, 20), null, false,
                LocalDate.of(2026, 5, 19)), "a draft but no final plan in the last week");
        assertEquals(Week20Status.LATE, Week20Status.of(RECEIVED, LocalDate.of(2026, 4, 20), null, false,
                LocalDate.of(2026, 5, 26)));
        assertEquals(Week20Status.ISSUED_ON_TIME, Week20Status.of(RECEIVED, LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 5, 25), false, LocalDate.of(2026, 6, 1)));
        assertEquals(Week20Status.ISSUED_LATE, Week20Status.of(RECEIVED, LocalDate.of(2026, 4, 20), LATE_ISSUE, false,
                LocalDate.of(2026, 6, 8)));
        assertEquals(Week20Status.NO_PLAN, Week20Status.of(RECEIVED, null, null, true, LocalDate.of(2026, 6, 8)));
    }
}
