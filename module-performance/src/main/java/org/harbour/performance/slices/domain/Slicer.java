package org.harbour.performance.slices.domain;

import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.populations.domain.AgeBand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Breaks the rows behind a figure down by one dimension: every row falls in exactly one slice (an
 * "Unknown" slice when the fact is not recorded, always listed), so the slices add up to the
 * figure's numerator and denominator. Small numbers are then withheld for a viewer who does not
 * hold the slice's records, as the DfE's publications do: a slice whose numerator or denominator is
 * from 1 to one below the threshold shows "x", and when that leaves a single slice withheld the
 * next smallest is withheld too, so that it cannot be worked out from the total.
 */
public final class Slicer {

    private Slicer() {
    }

    /** The date a row is sliced at: its own when it falls in the month, else the month's last day. */
    public static LocalDate asAt(Item item, YearMonth month) {
        return item.date() != null && YearMonth.from(item.date()).equals(month) ? item.date() : month.atEndOfMonth();
    }

    /**
     * The rows of one slice, as {@link #slice} puts them there: what the drill-down lists for a slice,
     * so its rows add up to the slice's numerator and denominator.
     */
    public static List<Item> rowsOf(List<Item> items, YearMonth month, SliceDimension by, ChildFacts facts,
                                    String label) {
        List<Item> rows = new ArrayList<>();
        for (Item item : items) {
            if (item.personId() == null) {
                throw new IllegalArgumentException("A row without a child cannot be sliced by the child: " + item);
            }
            if (facts.valueOf(by, item.personId(), asAt(item, month)).equals(label)) {
                rows.add(item);
            }
        }
        return rows;
    }

    /**
     * Every row in one slice, slices by label with "Unknown" last; {@code withDenominator} for a figure
     * that has one; {@code childrenBySlice} is filled with each slice's children.
     */
    public static List<Slice> slice(List<Item> items, YearMonth month, SliceDimension by, ChildFacts facts,
                                    boolean withDenominator, Map<String, Set<Long>> childrenBySlice) {
        Map<String, long[]> sums = new TreeMap<>(Comparator.comparing((String s) -> s.equals(ChildFacts.UNKNOWN))
                .thenComparing(Comparator.naturalOrder()));
        sums.put(ChildFacts.UNKNOWN, new long[3]);
        for (Item item : items) {
            if (item.personId() == null) {
                throw new IllegalArgumentException("A row without a child cannot be sliced by the child: " + item);
            }
            String label = facts.valueOf(by, item.personId(), asAt(item, month));
            long[] sum = sums.computeIfAbsent(label, k -> new long[3]);
            sum[0] += item.numerator();
            sum[1] += item.inDenominator() ? 1 : 0;
            sum[2]++;
            childrenBySlice.computeIfAbsent(label, k -> new HashSet<>()).add(item.personId());
        }
        List<Slice> slices = new ArrayList<>();
        sums.forEach((label, sum) -> slices.add(new Slice(label, sum[0], withDenominator ? sum[1] : null,
                (int) sum[2], childrenBySlice.getOrDefault(label, Set.of()).size(), false)));
        return slices;
    }

    /**
     * A rate's slices, each with the population it is per: broken down by age band, a band's own
     * population where one is entered for the year (the rate within the band); otherwise the whole
     * population the figure is per, so each slice shows its share of the rate and the shares add up
     * to it. {@code ofYear} holds the year's populations by band; {@code whole} the figure's band.
     */
    public static List<Slice> perPopulation(List<Slice> slices, SliceDimension by, Map<AgeBand, Long> ofYear,
                                            AgeBand whole) {
        Long wholePopulation = ofYear.get(whole);
        List<Slice> result = new ArrayList<>();
        for (Slice slice : slices) {
            Long own = by == SliceDimension.AGE_BAND && whole == AgeBand.CHILDREN_0_17
                    ? AgeBand.ofSlice(slice.label()).map(ofYear::get).orElse(null) : null;
            result.add(own != null ? slice.per(own, true) : slice.per(wholePopulation, false));
        }
        return result;
    }

    /**
     * Withholds small numbers in the slices {@code mayNotSee} says the viewer does not hold: a
     * numerator or denominator from 1 to {@code threshold - 1}; then, when exactly one slice is
     * withheld, the smallest other non-empty slice the viewer does not hold as well.
     */
    public static List<Slice> suppress(List<Slice> slices, int threshold, Predicate<Slice> mayNotSee) {
        List<Slice> result = new ArrayList<>();
        int withheld = 0;
        for (Slice s : slices) {
            boolean small = small(s.numerator(), threshold) || s.denominator() != null && small(s.denominator(), threshold);
            if (small && mayNotSee.test(s)) {
                result.add(s.suppress());
                withheld++;
            } else {
                result.add(s);
            }
        }
        if (withheld == 1) {
            result.stream().filter(s -> !s.suppressed() && s.rows() > 0 && mayNotSee.test(s))
                    .min(Comparator.comparingLong((Slice s) -> s.denominator() == null ? s.numerator() : s.denominator())
                            .thenComparingLong(Slice::numerator))
                    .ifPresent(next -> result.set(result.indexOf(next), next.suppress()));
        }
        return result;
    }

    private static boolean small(long count, int threshold) {
        return count >= 1 && count < threshold;
    }
}
