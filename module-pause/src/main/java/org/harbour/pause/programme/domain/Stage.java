package org.harbour.pause.programme.domain;

/** Where a woman stands with Pause, from her referral to the forum to her exit. */
public enum Stage {
    REFERRED("Referred to the forum"),
    NOT_NOW("Forum decided: not now"),
    NOT_SUITABLE("Forum decided: not suitable"),
    OFFERED("Offered a place"),
    DECLINED("Declined the offer"),
    CONSENTED("Consented, awaiting a practitioner"),
    ENGAGEMENT("Engagement phase"),
    INTERVENTION("Intervention"),
    EXITED("Exited the programme");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Working with a practitioner: counts against the caseload cap. */
    public boolean isActive() {
        return this == ENGAGEMENT || this == INTERVENTION;
    }
}
