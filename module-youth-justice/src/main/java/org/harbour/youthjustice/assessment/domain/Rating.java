package org.harbour.youthjustice.assessment.domain;

/** The four-point scale of AssetPlus's ratings, lowest first (the order is compared). */
public enum Rating {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** High and very high call for closer review and management oversight. */
    public boolean isRaised() {
        return this == HIGH || this == VERY_HIGH;
    }
}
