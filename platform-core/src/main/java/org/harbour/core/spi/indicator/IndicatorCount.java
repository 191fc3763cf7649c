package org.harbour.core.spi.indicator;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an indicator counted in one month: the numerator, the denominator where the unit has one,
 * and the people (ids of the person index) behind each, so every figure can be traced to the
 * children it counts. The numerator may count events rather than children (two packages of one
 * child count two), so it is kept apart from the set of ids.
 */
public final class IndicatorCount {

    private final long numerator;
    private final Long denominator;
    private final Set<Long> numeratorPeople;
    private final Set<Long> denominatorPeople;

    public IndicatorCount(long numerator, Long denominator, Set<Long> numeratorPeople, Set<Long> denominatorPeople) {
        if (numerator < 0 || denominator != null && denominator < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + numerator + "/" + denominator);
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.numeratorPeople = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(numeratorPeople)));
        this.denominatorPeople = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(denominatorPeople)));
    }

    /** Nothing counted; {@code withDenominator} for a percentage or average (0 out of 0). */
    public static IndicatorCount none(boolean withDenominator) {
        return new IndicatorCount(0, withDenominator ? 0L : null, Set.of(), Set.of());
    }

    /** Counts items one by one. */
    public static Counter counter() {
        return new Counter();
    }

    public long numerator() {
        return numerator;
    }

    /** Null when the indicator has none (a count or a rate). */
    public Long denominator() {
        return denominator;
    }

    public Set<Long> numeratorPeople() {
        return numeratorPeople;
    }

    public Set<Long> denominatorPeople() {
        return denominatorPeople;
    }

    @Override
    public String toString() {
        return numerator + (denominator == null ? "" : "/" + denominator) + " " + numeratorPeople;
    }

    /** Builds a count item by item: {@code counter().outOf(child).count(child)...build()}. */
    public static final class Counter {

        private long numerator;
        private Long denominator;
        private final Set<Long> numeratorPeople = new TreeSet<>();
        private final Set<Long> denominatorPeople = new TreeSet<>();

        private Counter() {
        }

        /** One item of the numerator, belonging to the person. */
        public Counter count(long personId) {
            numerator++;
            numeratorPeople.add(personId);
            return this;
        }

        /** One item of the denominator, belonging to the person. */
        public Counter outOf(long personId) {
            denominator = denominator == null ? 1 : denominator + 1;
            denominatorPeople.add(personId);
            return this;
        }

        /** A percentage with nothing to divide still has a denominator: zero. */
        public Counter expectingDenominator() {
            if (denominator == null) {
                denominator = 0L;
            }
            return this;
        }

        public IndicatorCount build() {
            return new IndicatorCount(numerator, denominator, numeratorPeople, denominatorPeople);
        }
    }
}
