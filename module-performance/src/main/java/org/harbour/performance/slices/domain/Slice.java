package org.harbour.performance.slices.domain;

import java.io.Serializable;

/**
 * One slice of a figure: its label, what its rows add to the numerator and the denominator, how
 * many rows and children, and whether its numbers are withheld as small (then shown as "x").
 */
public record Slice(String label, long numerator, Long denominator, int rows, int children, boolean suppressed)
        implements Serializable {

    public Slice suppress() {
        return new Slice(label, numerator, denominator, rows, children, true);
    }

    public String getLabel() {
        return label;
    }

    public boolean isSuppressed() {
        return suppressed;
    }

    /** The numerator as shown: "x" when suppressed. */
    public String getNumeratorText() {
        return suppressed ? "x" : Long.toString(numerator);
    }

    public String getDenominatorText() {
        return denominator == null ? "" : suppressed ? "x" : Long.toString(denominator);
    }

    /** The share (percentage) or average of the slice, one decimal place; empty when withheld or not a share. */
    public String valueText(boolean percent, boolean average) {
        if (suppressed || denominator == null || denominator == 0 || !(percent || average)) {
            return "";
        }
        double value = percent ? 100.0 * numerator / denominator : (double) numerator / denominator;
        return String.format(java.util.Locale.UK, "%,.1f", value) + (percent ? "%" : "");
    }
}
