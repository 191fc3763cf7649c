package org.harbour.continuingcare.packages.domain;

/** Quality found at the provider's latest monitoring visit. */
public enum QualityRating {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    QualityRating(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
