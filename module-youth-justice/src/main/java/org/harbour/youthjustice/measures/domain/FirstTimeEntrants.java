package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * First time entrants: a child's first youth caution, youth conditional caution or court
 * conviction, counted in the month it is dated by. Community resolutions, Outcome 22 and
 * diversion make no entrant; a quashed conviction is as if never given.
 */
public final class FirstTimeEntrants {

    private FirstTimeEntrants() {
    }

    /** Every month of the range, from every outcome the children have ever had (earlier ones decide who is first). */
    public static Map<YearMonth, IndicatorCount> count(Collection<OutcomeFact> outcomes, YearMonth from, YearMonth to) {
        MonthlyCounts months = new MonthlyCounts(from, to);
        Map<Long, List<OutcomeFact>> byChild = outcomes.stream().filter(OutcomeFact::proven)
                .collect(Collectors.groupingBy(OutcomeFact::personId));
        byChild.forEach((child, proven) -> proven.stream().min(Comparator.comparing(OutcomeFact::entryDate))
                .ifPresent(first -> months.count(first.entryDate(), child)));
        return months.build();
    }
}
