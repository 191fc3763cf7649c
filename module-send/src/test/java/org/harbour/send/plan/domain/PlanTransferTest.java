package org.harbour.send.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A plan issued on 6 May 2025, transferred in or out in 2026. */
class PlanTransferTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private EhcPlan active() {
        EhcPlan plan = new EhcPlan(7L, LocalDate.of(2025, 4, 20), "grace.lee", Instant.EPOCH);
        plan.issueDraft(LocalDate.of(2025, 4, 20), "grace.lee");
        plan.rankNeeds(List.of(SenType.ASD));
        plan.issueFinal(LocalDate.of(2025, 5, 6), "grace.lee");
        return plan;
    }

    @Test
    void aTransferInMovesTheReviewToThreeMonthsAfterItAndSetsTheReassessDecision() {
        EhcPlan plan = active();
        plan.transferredIn("330", LocalDate.of(2026, 3, 2), TODAY);
        assertEquals("330", plan.getTransferredInFrom());
        assertEquals(LocalDate.of(2026, 6, 2), plan.nextReviewDue(), "12 months after the start (6 May 2026) is sooner");
        assertEquals(LocalDate.of(2026, 4, 13), plan.reassessDecisionDue());
        plan.reviewed(LocalDate.of(2026, 5, 28));
        assertEquals(LocalDate.of(2027, 5, 28), plan.nextReviewDue(), "a review here restores the annual cycle");
    }

    @Test
    void aTransferInIsRecordedOnceWithAThreeDigitCodeNotInTheFutureNorBeforeTheStart() {
        EhcPlan plan = active();
        assertThrows(IllegalArgumentException.class, () -> plan.transferredIn("33", LocalDate.of(2026, 3, 2), TODAY));
        assertThrows(IllegalArgumentException.class, () -> plan.transferredIn("330", LocalDate.of(2026, 7, 1), TODAY));
        assertThrows(IllegalStateException.class, () -> plan.transferredIn("330", LocalDate.of(2025, 5, 5), TODAY));
        plan.transferredIn("330", LocalDate.of(2026, 3, 2), TODAY);
        assertThrows(IllegalStateException.class, () -> plan.transferredIn("331", LocalDate.of(2026, 3, 3), TODAY));
    }

    @Test
    void aTransferOutCeasesThePlanWithReasonFive() {
        EhcPlan plan = active();
        plan.transferredOut("886", LocalDate.of(2026, 4, 17), TODAY);
        assertFalse(plan.isActive());
        assertEquals(CeaseReason.MOVED_LA, plan.getCeaseReason());
        assertEquals("5", plan.getCeaseReason().getCode());
        assertEquals(LocalDate.of(2026, 4, 17), plan.getCeasedOn());
        assertEquals("886", plan.getTransferredOutTo());
        assertNull(plan.nextReviewDue());
        assertThrows(IllegalStateException.class, () -> plan.transferredOut("886", LocalDate.of(2026, 4, 18), TODAY));
    }
}
