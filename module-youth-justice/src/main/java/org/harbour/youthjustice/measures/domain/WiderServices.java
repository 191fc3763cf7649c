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
 * looked-after period open on the day), as the social care record gives it. Each child once in the
 * month, as their last end in the month found them.
 */
public final class WiderServices {

    private WiderServices() {
    }

    /** {@code knownOn}: whether the child (by id) was known to a wider service on the day. */
    public static Map<YearMonth, IndicatorCount> count(Collection<StatusAtEnd> ends, BiPredicate<Long, LocalDate> knownOn,
                                                       YearMonth from, YearMonth to) {
        return MonthlyShares.lastOfEachChild(ends, StatusAtEnd::personId, StatusAtEnd::takenOn, e -> true,
                e -> knownOn.test(e.personId(), e.takenOn()), from, to);
    }
}
