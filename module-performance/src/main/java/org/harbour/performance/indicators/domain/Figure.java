package org.harbour.performance.indicators.domain;

import java.io.Serializable;

/** A month's figure for an indicator: numerator, denominator, population used, and the value (null when not computable). */
public record Figure(long numerator, Long denominator, Long population, Double value) implements Serializable {
}
