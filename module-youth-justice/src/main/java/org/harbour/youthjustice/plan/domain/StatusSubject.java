package org.harbour.youthjustice.plan.domain;

/** What a status is recorded at the start or end of. */
public enum StatusSubject {
    ORDER("Court order"),
    INTERVENTION("Intervention");

    private final String label;

    StatusSubject(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
