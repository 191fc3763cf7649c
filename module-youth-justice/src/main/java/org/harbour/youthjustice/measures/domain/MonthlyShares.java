package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
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
}
