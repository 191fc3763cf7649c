package org.harbour.continuingcare.panel.domain;

import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.domain.ReferralStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a panel is for. Each function is a separate question about a child, decided once by a
 * panel of that function: one panel no longer mixes them, and no second panel repeats the first.
 */
public enum PanelFunction {
    FUNDING_DECISION("Funding decision"),
    CASE_MANAGEMENT("Case management"),
    EQUIPMENT("Equipment"),
    MULTI_AGENCY("Multi-agency intervention");

    private final String label;

    PanelFunction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The stages at which a referral is ready for a panel of this function: a funding decision
     * needs the completed assessment (or a deferral to come back from), other questions only a
     * complete checklist.
     */
    public Set<ReferralStatus> readyStages() {
        return this == FUNDING_DECISION
                ? EnumSet.of(ReferralStatus.READY_FOR_PANEL, ReferralStatus.DEFERRED)
                : EnumSet.of(ReferralStatus.ASSESSMENT, ReferralStatus.READY_FOR_PANEL, ReferralStatus.DEFERRED, ReferralStatus.DECIDED);
    }

    public boolean isReadyToHear(Referral referral) {
        return readyStages().contains(referral.getStatus());
    }
}
