package org.harbour.performance.indicators.domain;

/** Which way is better for an indicator; NEITHER for volumes that describe demand. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    NEITHER("Neither higher nor lower is better");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
