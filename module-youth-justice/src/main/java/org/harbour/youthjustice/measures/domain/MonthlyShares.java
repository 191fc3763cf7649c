package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/** A percentage counted month by month: every month of the range starts at 0 of 0. */
final class MonthlyShares {

    private MonthlyShares() {
    }

    static Map<YearMonth, IndicatorCount.Counter> months(YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counters.put(m, IndicatorCount.counter().expectingDenominator());
        }
        return counters;
    }

    static Map<YearMonth, IndicatorCount> built(Map<YearMonth, IndicatorCount.Counter> counters) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        counters.forEach((m, c) -> counts.put(m, c.build()));
        return counts;
    }

    /**
     * A share of children: each child once in a month, decided by their last item of the month that
     * the share is about (by day; on one day, the last given), so the children listed behind the
     * figure are exactly its numerator and denominator.
     */
    static <T> Map<YearMonth, IndicatorCount> lastOfEachChild(Collection<T> items, ToLongFunction<T> child, Function<T, LocalDate> day,
                                                             Predicate<T> about, Predicate<T> counted, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Long, T>> last = new LinkedHashMap<>();
        for (T item : items) {
            YearMonth month = YearMonth.from(day.apply(item));
            if (month.isBefore(from) || month.isAfter(to) || !about.test(item)) {
                continue;
            }
            last.computeIfAbsent(month, m -> new TreeMap<>()).merge(child.applyAsLong(item), item,
                    (kept, next) -> day.apply(next).isBefore(day.apply(kept)) ? kept : next);
        }
        Map<YearMonth, IndicatorCount.Counter> counters = months(from, to);
        last.forEach((month, byChild) -> byChild.forEach((id, item) -> {
            counters.get(month).outOf(id);
            if (counted.test(item)) {
                counters.get(month).count(id);
            }
        }));
        return built(counters);
    }
}
