package org.harbour.youthjustice.measures.domain;

import org.harbour.youthjustice.outcome.domain.Rung;

/** The rungs of the ladder disproportionality counts children at, with remand apart from the outcomes. */
public enum Stage {
    PREVENTION_AND_DIVERSION("Prevention and diversion"),
    OUT_OF_COURT("Out of court"),
    COURT("Court"),
    REMAND("Remand"),
    CUSTODY("Custody");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The stage an outcome of the rung puts a child at. */
    public static Stage of(Rung rung) {
        return switch (rung) {
            case PREVENTION, DIVERSION -> PREVENTION_AND_DIVERSION;
            case OUT_OF_COURT -> OUT_OF_COURT;
            case COURT -> COURT;
            case CUSTODY -> CUSTODY;
        };
    }
}
