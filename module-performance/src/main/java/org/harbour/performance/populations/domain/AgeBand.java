package org.harbour.performance.populations.domain;

/** The population bands rates divide by (ONS mid-year estimates, entered per calendar year). */
public enum AgeBand {
    CHILDREN_0_17("Children aged 0-17"),
    YOUNG_PEOPLE_10_17("Young people aged 10-17");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
