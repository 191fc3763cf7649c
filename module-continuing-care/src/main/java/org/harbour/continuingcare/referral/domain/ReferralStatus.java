package org.harbour.continuingcare.referral.domain;

/** Where a referral stands on the pathway. */
public enum ReferralStatus {
    CHECKLIST("Pre-assessment checklist"),
    ASSESSMENT("With the assessor"),
    READY_FOR_PANEL("Ready for panel"),
    DEFERRED("Deferred by panel"),
    DECIDED("Decided");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
