package org.harbour.pause.programme.domain;

/** When outcomes are measured. */
public enum OutcomePoint {
    BASELINE("Baseline"),
    MIDPOINT("Midpoint"),
    EXIT("Exit");

    private final String label;

    OutcomePoint(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
