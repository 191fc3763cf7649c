package org.harbour.performance.scorecard.domain;

import org.harbour.performance.indicators.domain.Polarity;


/** Direction of travel against the previous month, read with the indicator's polarity. */
public enum Direction {
    IMPROVING("Improving", "\u2191"),
    WORSENING("Worsening", "\u2193"),
    UP("Up", "\u2191"),
    DOWN("Down", "\u2193"),
    SAME("No change", "\u2192"),
    UNKNOWN("Not known", "");

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String getLabel() {
        return label;
    }

    public String getArrow() {
        return arrow;
    }

    public static Direction of(Double previous, Double current, Polarity polarity) {
        if (previous == null || current == null) {
            return UNKNOWN;
        }
        int change = Double.compare(Math.round(current * 10) / 10.0, Math.round(previous * 10) / 10.0);
        if (change == 0) {
            return SAME;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> change > 0 ? IMPROVING : WORSENING;
            case LOWER_IS_BETTER -> change < 0 ? IMPROVING : WORSENING;
            case NEITHER -> change > 0 ? UP : DOWN;
        };
    }
}
