package org.harbour.send.timescale.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plan transferred in on Monday 2 March 2026; dates counted on a calendar. */
class TransferTimescalesTest {

    private static final LocalDate TRANSFERRED = LocalDate.of(2026, 3, 2);

    @Test
    void theNewAuthorityDecidesWhetherToReassessWithinSixWeeksOfTheTransfer() {
        assertEquals(LocalDate.of(2026, 4, 13), TransferTimescales.reassessDecisionDue(TRANSFERRED));
    }

    @Test
    void theReviewStaysTwelveMonthsAfterTheLastWhenThatIsLaterThanThreeMonthsAfterTheTransfer() {
        assertEquals(LocalDate.of(2027, 2, 1), TransferTimescales.reviewDueAfterTransfer(LocalDate.of(2026, 2, 1), TRANSFERRED));
    }

    @Test
    void theReviewMovesToThreeMonthsAfterTheTransferWhenTheAnnualOneFallsSooner() {
        assertEquals(LocalDate.of(2026, 6, 2), TransferTimescales.reviewDueAfterTransfer(LocalDate.of(2025, 4, 10), TRANSFERRED));
    }

    @Test
    void withFifteenWorkingDaysNoticeThePlanTransfersOnTheDayOfTheMove() {
        assertEquals(LocalDate.of(2026, 4, 17), TransferTimescales.transferDue(LocalDate.of(2026, 4, 17), TRANSFERRED));
    }

    @Test
    void withShortNoticeThePlanTransfersFifteenWorkingDaysAfterTheAuthorityLearnt() {
        // Wednesday 1 April: 2-3, 6-10, 13-17 and 20-22 April are the 15 working days.
        assertEquals(LocalDate.of(2026, 4, 22), TransferTimescales.transferDue(LocalDate.of(2026, 4, 17), LocalDate.of(2026, 4, 1)));
    }
}
