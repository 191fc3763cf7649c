package org.harbour.continuingcare.referral.domain;

import org.harbour.continuingcare.panel.domain.PanelFunction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A referral's stages: checklist, assessor, panel; and which panels may hear it at each. */
class PathwayStageTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 2, 2);

    private static Referral referral() {
        return new Referral(100, REFERRED, "Complex epilepsy.", "helen.ward", Instant.parse("2026-02-02T09:00:00Z"));
    }

    private static void receiveRequired(Referral r) {
        for (EvidenceItem item : EvidenceItem.values()) {
            if (item.isRequired()) {
                r.evidence(item).setReceivedOn(REFERRED.plusDays(3));
            }
        }
    }

    @Test
    void aNewReferralCollectsEvidenceAndMissesEveryRequiredItem() {
        Referral r = referral();
        assertTrue(r.isCollectingEvidence());
        assertFalse(r.hasPassedChecklist());
        assertFalse(r.isAwaitingAssessment());
        assertEquals(5, r.gaps().size());
        receiveRequired(r);
        assertTrue(r.gaps().isEmpty(), "items marked 'if available' do not block");
    }

    @Test
    void sentToAssessmentItWaitsForTheAssessorOnce() {
        Referral r = referral();
        receiveRequired(r);
        r.sendToAssessment("helen.ward", REFERRED.plusDays(10));
        assertTrue(r.isAwaitingAssessment());
        assertTrue(r.hasPassedChecklist());
        assertFalse(r.isCollectingEvidence());
        assertThrows(IllegalStateException.class, () -> r.sendToAssessment("someone.else", REFERRED.plusDays(11)));
        r.assessmentCompleted(REFERRED.plusDays(28));
        assertFalse(r.isAwaitingAssessment());
        assertEquals(ReferralStatus.READY_FOR_PANEL, r.getStatus());
    }

    @Test
    void aDeferralLeavesItUndecidedAnEligibleDecisionClosesIt() {
        Referral r = referral();
        r.decided("DEFERRED", REFERRED.plusDays(40), true);
        assertFalse(r.isDecided());
        assertNull(r.getDecidedOn());
        assertFalse(r.isFoundEligible());
        r.decided(Referral.ELIGIBLE, REFERRED.plusDays(80), false);
        assertTrue(r.isDecided());
        assertTrue(r.isFoundEligible());
        assertEquals(REFERRED.plusDays(80), r.getDecidedOn());
    }

    @Test
    void aFundingPanelHearsOnlyAssessedOrDeferredCasesOthersAnyPastTheChecklist() {
        Referral r = referral();
        for (PanelFunction f : PanelFunction.values()) {
            assertFalse(f.isReadyToHear(r), f + " hears no case still on its checklist");
        }
        receiveRequired(r);
        r.sendToAssessment("helen.ward", REFERRED.plusDays(10));
        assertFalse(PanelFunction.FUNDING_DECISION.isReadyToHear(r));
        assertTrue(PanelFunction.CASE_MANAGEMENT.isReadyToHear(r));
        r.assessmentCompleted(REFERRED.plusDays(28));
        assertTrue(PanelFunction.FUNDING_DECISION.isReadyToHear(r));
        r.decided("DEFERRED", REFERRED.plusDays(40), true);
        assertTrue(PanelFunction.FUNDING_DECISION.isReadyToHear(r));
        r.decided("NOT_ELIGIBLE", REFERRED.plusDays(80), false);
        assertFalse(PanelFunction.FUNDING_DECISION.isReadyToHear(r));
        assertTrue(PanelFunction.EQUIPMENT.isReadyToHear(r));
    }
}
