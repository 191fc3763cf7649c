package org.harbour.performance.scorecard.domain;

import org.harbour.performance.indicators.domain.Polarity;


/**
 * Red, amber or green against target: green when the target is met, amber when short of it by no
 * more than the tolerance (a percentage of the target), red beyond. No rating without a target or
 * for an indicator where neither direction is better.
 */
public enum Rag {
    GREEN("Green", "On target"),
    AMBER("Amber", "Near target"),
    RED("Red", "Off target"),
    NONE("None", "No target");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String getLabel() {
        return label;
    }

    public String getMeaning() {
        return meaning;
    }

    public String getCssClass() {
        return "hb-rag-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Rag rate(Double value, Double target, double tolerancePercent, Polarity polarity) {
        if (value == null || target == null || polarity == Polarity.NEITHER) {
            return NONE;
        }
        double slack = Math.abs(target) * tolerancePercent / 100.0;
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return value >= target ? GREEN : value >= target - slack ? AMBER : RED;
        }
        return value <= target ? GREEN : value <= target + slack ? AMBER : RED;
    }
}
