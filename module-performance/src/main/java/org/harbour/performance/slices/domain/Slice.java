package org.harbour.performance.slices.domain;

import java.io.Serializable;

/**
 * One slice of a figure: its label, what its rows add to the numerator and the denominator, how
 * many rows and children, and whether its numbers are withheld as small (then shown as "x"). A rate
 * per population also carries the population it is per: the slice's own where one is kept (an age
 * band's), else the whole population, so the slice shows its share of the figure's rate.
 */
public record Slice(String label, long numerator, Long denominator, int rows, int children, boolean suppressed,
                    Long population, boolean ownPopulation) implements Serializable {

    public Slice(String label, long numerator, Long denominator, int rows, int children, boolean suppressed) {
        this(label, numerator, denominator, rows, children, suppressed, null, false);
    }

    public Slice suppress() {
        return new Slice(label, numerator, denominator, rows, children, true, population, ownPopulation);
    }

    /** The slice per the given population; {@code own} when it is the slice's own. */
    public Slice per(Long population, boolean own) {
        return new Slice(label, numerator, denominator, rows, children, suppressed, population, own);
    }

    public String getLabel() {
        return label;
    }

    public boolean isSuppressed() {
        return suppressed;
    }

    public boolean isOwnPopulation() {
        return ownPopulation;
    }

    /** The numerator as shown: "x" when suppressed. */
    public String getNumeratorText() {
        return suppressed ? "x" : Long.toString(numerator);
    }

    public String getDenominatorText() {
        return denominator == null ? "" : suppressed ? "x" : Long.toString(denominator);
    }

    public String getPopulationText() {
        return population == null ? "" : String.format(java.util.Locale.UK, "%,d", population);
    }

    /** The share (percentage) or average of the slice, one decimal place; empty when withheld or not a share. */
    public String valueText(boolean percent, boolean average) {
        if (suppressed || denominator == null || denominator == 0 || !(percent || average)) {
            return "";
        }
        double value = percent ? 100.0 * numerator / denominator : (double) numerator / denominator;
        return String.format(java.util.Locale.UK, "%,.1f", value) + (percent ? "%" : "");
    }

    /** The slice's rate: its numerator per {@code per} of its population; empty when withheld or no population. */
    public String rateText(double per) {
        if (suppressed || population == null || population == 0) {
            return "";
        }
        return String.format(java.util.Locale.UK, "%,.1f", per * numerator / population);
    }
}
