package org.harbour.performance.indicators.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an indicator counted in one month: the numerator, the denominator where it has one, and
 * the children behind each, so every figure can be traced to the children it counts.
 */
public final class Tally {

    private long numerator;
    private Long denominator;
    private final Set<Long> numeratorChildren = new TreeSet<>();
    private final Set<Long> denominatorChildren = new TreeSet<>();

    /** A tally counted elsewhere (by a module), with the children behind each side. */
    public static Tally of(long numerator, Long denominator, Collection<Long> numeratorChildren,
                           Collection<Long> denominatorChildren) {
        Tally tally = new Tally();
        tally.numerator = numerator;
        tally.denominator = denominator;
        tally.numeratorChildren.addAll(numeratorChildren);
        tally.denominatorChildren.addAll(denominatorChildren);
        return tally;
    }

    /** Counts one item of the numerator (an event, or a child) belonging to the child. */
    public Tally count(long personId) {
        numerator++;
        numeratorChildren.add(personId);
        return this;
    }

    /** Adds to the numerator an amount (e.g. one caseholder) that stands for several children. */
    public Tally count(long amount, Collection<Long> children) {
        numerator += amount;
        numeratorChildren.addAll(children);
        return this;
    }

    /** Counts one item of the denominator belonging to the child. */
    public Tally outOf(long personId) {
        denominator = denominator == null ? 1 : denominator + 1;
        denominatorChildren.add(personId);
        return this;
    }

    /** A denominator that is not a list of children (e.g. workers). */
    public Tally withDenominator(long value) {
        denominator = value;
        return this;
    }

    /** A percentage or average with nothing to divide still has a denominator of zero. */
    public Tally expectingDenominator() {
        if (denominator == null) {
            denominator = 0L;
        }
        return this;
    }

    public long numerator() {
        return numerator;
    }

    public Long denominator() {
        return denominator;
    }

    public Set<Long> numeratorChildren() {
        return Collections.unmodifiableSet(numeratorChildren);
    }

    public Set<Long> denominatorChildren() {
        return Collections.unmodifiableSet(denominatorChildren);
    }

    @Override
    public String toString() {
        return numerator + (denominator == null ? "" : "/" + denominator) + " " + numeratorChildren;
    }
}
