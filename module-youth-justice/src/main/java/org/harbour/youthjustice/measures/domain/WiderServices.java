package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The YJB's KPI 8, wider services: of the orders and interventions ending in the month (a status
 * taken at the end), the share where the child was known to children's social care's wider
 * services on that day (an early help episode, a child in need plan, a child protection plan or a
 * looked-after period open on the day), as the social care record gives it.
 */
public final class WiderServices {

    private WiderServices() {
    }

    /** {@code knownOn}: whether the child (by id) was known to a wider service on the day. */
    public static Map<YearMonth, IndicatorCount> count(Collection<StatusAtEnd> ends, BiPredicate<Long, LocalDate> knownOn,
                                                       YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> months = MonthlyShares.months(from, to);
        for (StatusAtEnd end : ends) {
            IndicatorCount.Counter month = months.get(YearMonth.from(end.takenOn()));
            if (month != null) {
                month.outOf(end.personId());
                if (knownOn.test(end.personId(), end.takenOn())) {
                    month.count(end.personId());
                }
            }
        }
        return MonthlyShares.built(months);
    }
}
