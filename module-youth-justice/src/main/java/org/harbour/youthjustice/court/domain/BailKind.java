package org.harbour.youthjustice.court.domain;

/** The service's work with a child on bail. */
public enum BailKind {
    BAIL_SUPPORT("Bail support"),
    BAIL_SUPERVISION_AND_SUPPORT("Bail supervision and support"),
    INTENSIVE_SUPERVISION_AND_SURVEILLANCE("Intensive supervision and surveillance on bail");

    private final String label;

    BailKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
