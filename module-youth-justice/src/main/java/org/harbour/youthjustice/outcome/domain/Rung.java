package org.harbour.youthjustice.outcome.domain;

/** The rungs of the ladder of outcomes, from prevention up to custody, as disproportionality counts them. */
public enum Rung {
    PREVENTION("Prevention"),
    DIVERSION("Diversion"),
    OUT_OF_COURT("Out-of-court disposal"),
    COURT("Court"),
    CUSTODY("Custody");

    private final String label;

    Rung(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
