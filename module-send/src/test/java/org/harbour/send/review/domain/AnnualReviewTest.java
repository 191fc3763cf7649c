package org.harbour.send.review.domain;

import org.harbour.send.timescale.domain.PhaseTransfer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An annual review's steps after a meeting on Monday 2 March 2026, with hand-worked dates. */
class AnnualReviewTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 2);

    private static AnnualReview review() {
        return new AnnualReview(1L, 2L, LocalDate.of(2026, 3, 10), MEETING, "grace.lee", Instant.EPOCH);
    }

    @Test
    void eachStepIsDueInTurnAndLateTheDayAfterItsDueDate() {
        AnnualReview r = review();
        assertTrue(r.heldOnTime(), "met before the 10 March it was due");
        assertEquals(new ReviewStep("Review report", LocalDate.of(2026, 3, 16), false), r.nextStep(LocalDate.of(2026, 3, 16)));
        assertTrue(r.nextStep(LocalDate.of(2026, 3, 17)).late());
        r.reportSent(LocalDate.of(2026, 3, 13));
        assertEquals(new ReviewStep("Decision", LocalDate.of(2026, 3, 30), false), r.nextStep(LocalDate.of(2026, 3, 20)));
        r.decide(ReviewDecision.AMEND, LocalDate.of(2026, 3, 27));
        assertEquals(new ReviewStep("Proposed amendments", LocalDate.of(2026, 5, 25), false), r.nextStep(LocalDate.of(2026, 4, 1)));
        r.amendmentsProposed(LocalDate.of(2026, 4, 1));
        assertEquals(LocalDate.of(2026, 4, 16), r.familyCommentsUntil(), "15 days to comment");
        assertEquals("Amended plan", r.nextStep(LocalDate.of(2026, 4, 2)).what());
        assertTrue(r.nextStep(LocalDate.of(2026, 5, 26)).late(), "12 weeks after the meeting is 25 May");
    }

    @Test
    void theAmendedPlanWaitsForTheProposalAndTheFamilysFifteenDays() {
        AnnualReview r = review();
        r.reportSent(LocalDate.of(2026, 3, 9));
        r.decide(ReviewDecision.AMEND, LocalDate.of(2026, 3, 20));
        assertThrows(IllegalStateException.class, () -> r.amendedPlanIssued(LocalDate.of(2026, 4, 20)), "no proposal yet");
        assertThrows(IllegalStateException.class, () -> r.amendmentsProposed(LocalDate.of(2026, 3, 19)), "before the decision");
        r.amendmentsProposed(LocalDate.of(2026, 4, 1));
        assertThrows(IllegalStateException.class, () -> r.amendedPlanIssued(LocalDate.of(2026, 4, 15)), "the family's last day is 16 April");
        r.amendedPlanIssued(LocalDate.of(2026, 4, 16));
        assertTrue(r.amendedInTime());
        assertNull(r.nextStep(LocalDate.of(2026, 6, 1)), "nothing left");
        assertThrows(IllegalStateException.class, () -> r.amendedPlanIssued(LocalDate.of(2026, 4, 20)), "issued once");
    }

    @Test
    void anAmendedPlanAfterTwelveWeeksIsLate() {
        AnnualReview r = review();
        r.decide(ReviewDecision.AMEND, LocalDate.of(2026, 3, 20));
        r.amendmentsProposed(LocalDate.of(2026, 5, 1));
        r.amendedPlanIssued(LocalDate.of(2026, 5, 26));
        assertFalse(r.amendedInTime(), "due 25 May");
    }

    @Test
    void onlyADecisionToAmendLeadsToAmendments() {
        AnnualReview r = review();
        r.reportSent(LocalDate.of(2026, 3, 9));
        r.decide(ReviewDecision.MAINTAIN, LocalDate.of(2026, 3, 20));
        assertThrows(IllegalStateException.class, () -> r.amendmentsProposed(LocalDate.of(2026, 3, 21)));
        assertThrows(IllegalStateException.class, () -> r.decide(ReviewDecision.AMEND, LocalDate.of(2026, 3, 21)), "decided once");
        assertNull(r.nextStep(LocalDate.of(2026, 3, 21)), "a maintained plan needs nothing more");
    }

    @Test
    void aPhaseTransferBringsTheAmendedPlanForwardToItsDeadline() {
        AnnualReview secondary = new AnnualReview(1L, 2L, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 5), "grace.lee", Instant.EPOCH);
        secondary.preparesFor(PhaseTransfer.PRIMARY_TO_SECONDARY, 2026);
        assertEquals(LocalDate.of(2026, 2, 15), secondary.amendedPlanDueBy(), "15 February, before 12 weeks (30 March)");
        AnnualReview post16 = new AnnualReview(1L, 2L, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 5), "grace.lee", Instant.EPOCH);
        post16.preparesFor(PhaseTransfer.SCHOOL_TO_POST_16, 2026);
        assertEquals(LocalDate.of(2026, 3, 30), post16.amendedPlanDueBy(), "12 weeks (30 March) comes before 31 March");
        AnnualReview early = new AnnualReview(1L, 2L, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 3), "grace.lee", Instant.EPOCH);
        early.preparesFor(PhaseTransfer.SCHOOL_TO_POST_16, 2026);
        assertEquals(LocalDate.of(2026, 1, 26), early.amendedPlanDueBy(), "12 weeks from 3 November");
        assertThrows(IllegalArgumentException.class, () -> early.preparesFor(PhaseTransfer.INTO_SCHOOL, null));
    }
}
