package org.harbour.continuingcare.assessment.domain;

/** Levels of need the Decision Support Tool records in each care domain. */
public enum CareLevel {
    NONE("No additional needs"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High"),
    SEVERE("Severe"),
    PRIORITY("Priority");

    private final String label;

    CareLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
