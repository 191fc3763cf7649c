package org.harbour.performance.populations.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The population bands rates divide by (ONS mid-year estimates, entered per calendar year): the whole
 * populations rates are per, and the DfE's published age bands within 0-17, so that a rate
 * broken down by age band divides each band's count by that band's own population.
 */
public enum AgeBand {
    CHILDREN_0_17("Children aged 0-17", null),
    YOUNG_PEOPLE_10_17("Young people aged 10-17", null),
    /** Children and young people aged 0-25, the ages an EHC plan can cover. */
    CHILDREN_YOUNG_PEOPLE_0_25("Children and young people aged 0-25", null),
    AGED_UNDER_1("Children aged under 1", "Under 1"),
    AGED_1_TO_4("Children aged 1 to 4", "1 to 4"),
    AGED_5_TO_9("Children aged 5 to 9", "5 to 9"),
    AGED_10_TO_15("Children aged 10 to 15", "10 to 15"),
    AGED_16_TO_17("Children aged 16 and 17", "16 and 17");

    private final String label;
    private final String sliceLabel;

    AgeBand(String label, String sliceLabel) {
        this.label = label;
        this.sliceLabel = sliceLabel;
    }

    public String getLabel() {
        return label;
    }

    /** The band whose label the breakdown by age band gives its slice, if a population is kept for it. */
    public static Optional<AgeBand> ofSlice(String sliceLabel) {
        return Arrays.stream(values()).filter(b -> b.sliceLabel != null && b.sliceLabel.equals(sliceLabel)).findFirst();
    }
}
