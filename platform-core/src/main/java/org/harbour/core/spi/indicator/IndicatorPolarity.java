package org.harbour.core.spi.indicator;

/** Which way is better, for the rating against target and the direction of travel. */
public enum IndicatorPolarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** A volume describing demand: no rating, direction shown as up or down. */
    NEITHER
}
