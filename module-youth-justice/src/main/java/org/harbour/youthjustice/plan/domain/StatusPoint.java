package org.harbour.youthjustice.plan.domain;

/** The start or the end of an order or intervention, when the child's status is recorded. */
public enum StatusPoint {
    START("Start"),
    END("End");

    private final String label;

    StatusPoint(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
