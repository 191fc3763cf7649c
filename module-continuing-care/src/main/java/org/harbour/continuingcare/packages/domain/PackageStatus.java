package org.harbour.continuingcare.packages.domain;

/** A package is proposed to panel, agreed (and then runs from its start date), or ended. */
public enum PackageStatus {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    ENDED("Ended");

    private final String label;

    PackageStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
