package org.harbour.send.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EhcPlanTest {

    private EhcPlan drafted() {
        EhcPlan plan = new EhcPlan(7L, LocalDate.of(2026, 4, 20), "grace.lee", Instant.EPOCH);
        plan.issueDraft(LocalDate.of(2026, 4, 20), "grace.lee");
        return plan;
    }

    @Test
    void theFinalPlanNeedsRankedNeedsAndKeepsEveryIssuedVersion() {
        EhcPlan plan = drafted();
        plan.writeSection(PlanSection.B, "Autism with significant sensory needs; speech and language delay.");
        assertThrows(IllegalStateException.class, () -> plan.issueFinal(LocalDate.of(2026, 5, 6), "grace.lee"));
        plan.rankNeeds(List.of(SenType.ASD, SenType.SLCN));
        plan.issueFinal(LocalDate.of(2026, 5, 6), "grace.lee");
        plan.issueAmended(LocalDate.of(2027, 6, 1), "grace.lee");
        assertEquals(List.of(VersionKind.DRAFT, VersionKind.FINAL, VersionKind.AMENDED),
                plan.getVersions().stream().map(PlanVersion::getKind).toList());
        assertEquals(List.of(1, 2), plan.getNeeds().stream().map(PlanNeed::getSenRank).toList());
        assertTrue(plan.getVersions().get(1).getContent().contains("Autism with significant sensory needs"));
    }

    @Test
    void aNeedIsRankedOnce() {
        EhcPlan plan = drafted();
        assertThrows(IllegalStateException.class, () -> plan.rankNeeds(List.of(SenType.ASD, SenType.ASD)));
        assertThrows(IllegalStateException.class, () -> plan.rankNeeds(List.of()));
    }

    @Test
    void reviewsAreDueTwelveMonthsAfterIssueThenAfterTheLastMeeting() {
        EhcPlan plan = drafted();
        assertNull(plan.nextReviewDue(), "a draft has no review due");
        plan.rankNeeds(List.of(SenType.SEMH));
        plan.issueFinal(LocalDate.of(2026, 5, 6), "grace.lee");
        assertEquals(LocalDate.of(2027, 5, 6), plan.nextReviewDue());
        plan.reviewed(LocalDate.of(2027, 4, 28));
        assertEquals(LocalDate.of(2028, 4, 28), plan.nextReviewDue());
    }

    @Test
    void aCeasedPlanCarriesItsReasonAndCannotChange() {
        EhcPlan plan = drafted();
        plan.rankNeeds(List.of(SenType.MLD));
        plan.issueFinal(LocalDate.of(2026, 5, 6), "grace.lee");
        assertTrue(plan.activeOn(LocalDate.of(2026, 5, 6)));
        assertThrows(IllegalStateException.class, () -> plan.cease(LocalDate.of(2026, 5, 1), CeaseReason.NEEDS_MET));
        plan.cease(LocalDate.of(2027, 7, 20), CeaseReason.NEEDS_MET);
        assertEquals("2", plan.getCeaseReason().getCode(), "SEN2: needs met without a plan");
        assertFalse(plan.activeOn(LocalDate.of(2027, 7, 20)));
        assertThrows(IllegalStateException.class, () -> plan.writeSection(PlanSection.E, "More outcomes"));
    }
}
