package org.harbour.send.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanVersionTest {

    @Test
    void anIssuedVersionKeepsEachSectionAsItWasIssuedThoughThePlanChangesAfter() {
        EhcPlan plan = new EhcPlan(7L, LocalDate.of(2026, 4, 20), "grace.lee", Instant.EPOCH);
        plan.writeSection(PlanSection.A, "Likes trains.\nWants to be a driver.");
        plan.writeSection(PlanSection.B, "Autism with sensory needs.");
        plan.rankNeeds(List.of(SenType.ASD));
        PlanVersion draft = plan.issueDraft(LocalDate.of(2026, 4, 20), "grace.lee");
        plan.writeSection(PlanSection.B, "Changed after the draft.");

        Map<PlanSection, String> issued = draft.issuedSections();

        assertEquals(PlanSection.values().length, issued.size());
        assertEquals("Likes trains.\nWants to be a driver.", issued.get(PlanSection.A));
        assertEquals("Autism with sensory needs.", issued.get(PlanSection.B));
        assertEquals("", issued.get(PlanSection.K), "an empty section stays empty");
    }

    @Test
    void theSen2CeaseReasonCodesAreTheSpecificationsOneToNine() {
        assertEquals("1", CeaseReason.MAX_AGE.getCode());
        assertEquals("2", CeaseReason.NEEDS_MET.getCode());
        assertEquals("3", CeaseReason.HIGHER_EDUCATION.getCode());
        assertEquals("4", CeaseReason.EMPLOYMENT.getCode());
        assertEquals("5", CeaseReason.MOVED_LA.getCode());
        assertEquals("6", CeaseReason.LEFT_EDUCATION.getCode());
        assertEquals("7", CeaseReason.MOVED_ABROAD.getCode());
        assertEquals("8", CeaseReason.DECEASED.getCode());
        assertEquals("9", CeaseReason.OTHER.getCode());
    }
}
