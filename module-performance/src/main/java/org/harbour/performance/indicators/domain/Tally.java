package org.harbour.performance.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an indicator counted in one month: the numerator, the denominator where it has one, the
 * children behind each, and the rows behind both ({@link Item}): one per child for a measure of
 * children, one per event for a measure of events (each visit, each referral), one per caseholder
 * for a measure of workers, so that the rows add up to the numerator and the denominator.
 */
public final class Tally {

    private long numerator;
    private Long denominator;
    private final Set<Long> numeratorChildren = new TreeSet<>();
    private final Set<Long> denominatorChildren = new TreeSet<>();
    /** Rows of a measure of events or workers, in the order counted. */
    private final List<Item> events = new ArrayList<>();
    /** Rows of a measure of children: whether each child is counted, and whether in the denominator. */
    private final Map<Long, boolean[]> childRows = new LinkedHashMap<>();

    /** A tally counted elsewhere (by a module), with the children behind each side. */
    public static Tally of(long numerator, Long denominator, Collection<Long> numeratorChildren,
                           Collection<Long> denominatorChildren) {
        Tally tally = new Tally();
        tally.numerator = numerator;
        tally.denominator = denominator;
        tally.numeratorChildren.addAll(numeratorChildren);
        tally.denominatorChildren.addAll(denominatorChildren);
        numeratorChildren.forEach(child -> tally.childRow(child)[0] = true);
        denominatorChildren.forEach(child -> tally.childRow(child)[1] = true);
        return tally;
    }

    /** Counts a child in the numerator (a measure of children: each child once). */
    public Tally count(long personId) {
        numerator++;
        numeratorChildren.add(personId);
        childRow(personId)[0] = true;
        return this;
    }

    /** Counts a child in the denominator (a measure of children: each child once). */
    public Tally outOf(long personId) {
        denominator = denominator == null ? 1 : denominator + 1;
        denominatorChildren.add(personId);
        childRow(personId)[1] = true;
        return this;
    }

    /**
     * Counts one event of a child: in the denominator when {@code inDenominator}, in the numerator
     * when {@code counted}. The event is its own row behind the figure.
     */
    public Tally event(long personId, String what, LocalDate date, LocalDate due, String outcome, boolean counted,
                       boolean inDenominator) {
        if (inDenominator) {
            denominator = denominator == null ? 1 : denominator + 1;
            denominatorChildren.add(personId);
        }
        if (counted) {
            numerator++;
            numeratorChildren.add(personId);
        }
        events.add(new Item(personId, what, date, due, outcome, counted ? 1 : 0, inDenominator));
        return this;
    }

    /**
     * Counts one measured event of a child for an average (days from one date to another): its
     * {@code amount} to the numerator and one to the denominator, so the rows add up to both.
     */
    public Tally measured(long personId, String what, LocalDate date, String outcome, long amount) {
        numerator += amount;
        numeratorChildren.add(personId);
        denominator = denominator == null ? 1 : denominator + 1;
        denominatorChildren.add(personId);
        events.add(new Item(personId, what, date, null, outcome, amount, true));
        return this;
    }

    /**
     * Counts a row that is not a child's (a caseholder): {@code amount} to the numerator for the
     * {@code children} it stands for, and one to the denominator when {@code inDenominator}.
     */
    public Tally holder(String what, LocalDate date, long amount, Collection<Long> children, boolean inDenominator) {
        numerator += amount;
        numeratorChildren.addAll(children);
        if (inDenominator) {
            denominator = denominator == null ? 1 : denominator + 1;
        }
        events.add(new Item(null, what, date, null, children.size() + " child(ren)", amount, inDenominator));
        return this;
    }

    /** A percentage or average with nothing to divide still has a denominator of zero. */
    public Tally expectingDenominator() {
        if (denominator == null) {
            denominator = 0L;
        }
        return this;
    }

    private boolean[] childRow(long personId) {
        return childRows.computeIfAbsent(personId, k -> new boolean[2]);
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

    /** True when the rows are events or caseholders rather than children. */
    public boolean ofEvents() {
        return !events.isEmpty();
    }

    /**
     * The rows behind the figure: events (or caseholders) when the measure counts them, otherwise
     * one per child. Their numerators add up to the numerator, and those in the denominator to it.
     */
    public List<Item> items() {
        if (!events.isEmpty()) {
            return Collections.unmodifiableList(events);
        }
        List<Item> rows = new ArrayList<>();
        childRows.forEach((child, sides) -> rows.add(new Item(child, "Child", null, null,
                sides[0] ? "Counted" : "In the denominator only", sides[0] ? 1 : 0, sides[1])));
        return rows;
    }

    @Override
    public String toString() {
        return numerator + (denominator == null ? "" : "/" + denominator) + " " + numeratorChildren;
    }
}
