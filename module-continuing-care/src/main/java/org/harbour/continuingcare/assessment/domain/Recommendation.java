package org.harbour.continuingcare.assessment.domain;

/** What the assessor recommends to the panel. */
public enum Recommendation {
    ELIGIBLE("Eligible for continuing care"),
    NOT_ELIGIBLE("Not eligible: offer the complex-care pathway");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
