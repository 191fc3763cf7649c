package org.harbour.core.spi.indicator;

/** How the scorecard turns an indicator's numerator and denominator into its value. */
public enum IndicatorUnit {
    /** The numerator as it is. */
    COUNT,
    /** Numerator out of denominator, times 100; a denominator is required. */
    PERCENT,
    /** Numerator per 10,000 children aged 0-17 of the month's year (the scorecard's population). */
    RATE_PER_10000_CHILDREN,
    /** Numerator per 100,000 young people aged 10-17 of the month's year. */
    RATE_PER_100000_AGED_10_TO_17,
    /** Numerator divided by denominator. */
    AVERAGE,
    /** A number of days, shown whole. */
    DAYS,
    /**
     * Numerator per 1,000 young people aged 10-17 of the month's year (the YJB's custody rate).
     * Added after the others: a consumer switching over the units keeps a default for those it
     * does not know.
     */
    RATE_PER_1000_AGED_10_TO_17,
    /** Numerator per 10,000 young people aged 10-17 of the month's year (the YJB's serious violence rate). */
    RATE_PER_10000_AGED_10_TO_17,
    /**
     * Numerator per 10,000 children and young people aged 0-25 of the month's year (the rate of
     * active EHC plans, since plans run to 25). Added after the others, like the units above.
     */
    RATE_PER_10000_AGED_0_TO_25
}
