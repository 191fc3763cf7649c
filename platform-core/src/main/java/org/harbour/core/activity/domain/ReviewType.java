package org.harbour.core.activity.domain;

/** The statutory reviews of a child's plan. */
public enum ReviewType {
    CP_CONFERENCE("Child protection review conference"),
    CLA_REVIEW("Looked-after child review"),
    CIN_REVIEW("Child in need review");

    private final String label;

    ReviewType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
