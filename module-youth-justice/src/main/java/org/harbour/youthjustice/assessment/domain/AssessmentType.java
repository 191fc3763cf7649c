package org.harbour.youthjustice.assessment.domain;

/** The kinds of assessment the service writes; AssetPlus is the YJB's framework for court and statutory work. */
public enum AssessmentType {
    ASSET_PLUS("AssetPlus", true),
    PRE_SENTENCE("Pre-sentence report assessment", true),
    OUT_OF_COURT("Out-of-court disposal assessment", false),
    TURNAROUND("Turnaround assessment", false),
    PREVENTION("Prevention assessment", false),
    BAIL_AND_REMAND("Bail and remand assessment", false);

    private final String label;
    private final boolean ratingsRequired;

    AssessmentType(String label, boolean ratingsRequired) {
        this.label = label;
        this.ratingsRequired = ratingsRequired;
    }

    public String getLabel() {
        return label;
    }

    /** AssetPlus and the assessment behind a pre-sentence report are not complete without all three ratings. */
    public boolean isRatingsRequired() {
        return ratingsRequired;
    }
}
