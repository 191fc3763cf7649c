package org.harbour.performance.indicators.domain;

import org.harbour.performance.populations.domain.AgeBand;


/** How an indicator's value is worked out from its numerator and denominator. */
public enum Unit {
    COUNT("Number", ""),
    PERCENT("Percentage", "%"),
    RATE_PER_10000_CHILDREN("Rate per 10,000 children aged 0-17", " per 10,000"),
    RATE_PER_100000_AGED_10_TO_17("Rate per 100,000 young people aged 10-17", " per 100,000"),
    AVERAGE("Average", ""),
    DAYS("Days", " days"),
    RATE_PER_1000_AGED_10_TO_17("Rate per 1,000 young people aged 10-17", " per 1,000"),
    RATE_PER_10000_AGED_10_TO_17("Rate per 10,000 young people aged 10-17", " per 10,000"),
    RATE_PER_10000_AGED_0_TO_25("Rate per 10,000 children and young people aged 0-25", " per 10,000");

    private final String label;
    private final String suffix;

    Unit(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    public String getLabel() {
        return label;
    }

    public String getSuffix() {
        return suffix;
    }

    /** A percentage or an average divides by a denominator the figure must carry. */
    public boolean needsDenominator() {
        return this == PERCENT || this == AVERAGE;
    }

    /** The population band a rate divides by, or null when the unit is not a population rate. */
    public AgeBand ageBand() {
        return switch (this) {
            case RATE_PER_10000_CHILDREN -> AgeBand.CHILDREN_0_17;
            case RATE_PER_100000_AGED_10_TO_17, RATE_PER_1000_AGED_10_TO_17, RATE_PER_10000_AGED_10_TO_17 -> AgeBand.YOUNG_PEOPLE_10_17;
            case RATE_PER_10000_AGED_0_TO_25 -> AgeBand.CHILDREN_YOUNG_PEOPLE_0_25;
            default -> null;
        };
    }

    /** How many of its population a rate is per (10,000 for a rate per 10,000); 0 for a unit that is not a rate. */
    public double per() {
        return switch (this) {
            case RATE_PER_10000_CHILDREN, RATE_PER_10000_AGED_10_TO_17, RATE_PER_10000_AGED_0_TO_25 -> 10_000;
            case RATE_PER_100000_AGED_10_TO_17 -> 100_000;
            case RATE_PER_1000_AGED_10_TO_17 -> 1_000;
            default -> 0;
        };
    }

    /**
     * The value from a numerator, a denominator (percentages and averages) and a population
     * (rates); empty when a divisor is missing or zero, never a made-up zero.
     */
    public java.util.OptionalDouble value(long numerator, Long denominator, Long population) {
        return switch (this) {
            case COUNT, DAYS -> java.util.OptionalDouble.of(numerator);
            case PERCENT -> denominator == null || denominator == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(100.0 * numerator / denominator);
            case AVERAGE -> denominator == null || denominator == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of((double) numerator / denominator);
            case RATE_PER_10000_CHILDREN -> population == null || population == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(10_000.0 * numerator / population);
            case RATE_PER_100000_AGED_10_TO_17 -> population == null || population == 0
                    ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(100_000.0 * numerator / population);
            case RATE_PER_1000_AGED_10_TO_17 -> population == null || population == 0
                    ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(1_000.0 * numerator / population);
            case RATE_PER_10000_AGED_10_TO_17, RATE_PER_10000_AGED_0_TO_25 -> population == null || population == 0
                    ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(10_000.0 * numerator / population);
        };
    }
}
