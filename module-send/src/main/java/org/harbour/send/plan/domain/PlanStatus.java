package org.harbour.send.plan.domain;

/** A plan is drafted, then issued (active) until it ceases. */
public enum PlanStatus {

    DRAFT("Draft with the family"),
    ACTIVE("Active"),
    CEASED("Ceased");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
