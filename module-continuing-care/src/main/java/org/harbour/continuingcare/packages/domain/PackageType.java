package org.harbour.continuingcare.packages.domain;

/** Kinds of package and placement. Residential placements are commissioned here, not by the complex-needs panel. */
public enum PackageType {
    HOME_CARE("Home care"),
    RESPITE("Respite and short breaks"),
    RESIDENTIAL("Residential placement"),
    NURSING("Specialist nursing"),
    EDUCATION_SUPPORT("Health support in education"),
    EQUIPMENT("Equipment");

    private final String label;

    PackageType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Residential placements are agreed by commissioning, outside the complex-needs panel. */
    public boolean needsPanelDecision() {
        return this != RESIDENTIAL;
    }
}
