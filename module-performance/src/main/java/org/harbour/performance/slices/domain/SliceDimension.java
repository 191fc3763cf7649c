package org.harbour.performance.slices.domain;

/** What a figure can be broken down by: the child's team, worker, age, sex, ethnicity, legal status or locality. */
public enum SliceDimension {
    TEAM("Team (service area of the allocation)"),
    WORKER("Allocated worker"),
    AGE_BAND("Age band"),
    SEX("Sex"),
    ETHNICITY("Ethnicity"),
    LEGAL_STATUS("Legal status"),
    LOCALITY("Locality (postcode district)");

    private final String label;

    SliceDimension(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** By constant name, ignoring case; null when there is no such dimension. */
    public static SliceDimension parse(String value) {
        for (SliceDimension d : values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        return null;
    }
}
