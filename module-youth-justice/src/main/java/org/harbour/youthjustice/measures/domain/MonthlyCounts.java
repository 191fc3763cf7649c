package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A counter for each month of a range; items dated outside it are ignored. */
final class MonthlyCounts {

    private final Map<YearMonth, IndicatorCount.Counter> counters = new LinkedHashMap<>();

    MonthlyCounts(YearMonth from, YearMonth to) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counters.put(m, IndicatorCount.counter());
        }
    }

    void count(LocalDate on, long personId) {
        IndicatorCount.Counter month = counters.get(YearMonth.from(on));
        if (month != null) {
            month.count(personId);
        }
    }

    Map<YearMonth, IndicatorCount> build() {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        counters.forEach((m, c) -> counts.put(m, c.build()));
        return counts;
    }
}
