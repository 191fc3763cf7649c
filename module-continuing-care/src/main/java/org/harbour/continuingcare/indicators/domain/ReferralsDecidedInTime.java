package org.harbour.continuingcare.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referrals decided in the month within the expected weeks from referral to decision, out of all
 * referrals decided in the month (a deferral is not a decision). Each referral counts once, in the
 * month of its decision.
 */
public final class ReferralsDecidedInTime {

    private ReferralsDecidedInTime() {
    }

    /** Every month from {@code from} to {@code to}, from the referrals decided in those months. */
    public static Map<YearMonth, IndicatorCount> count(List<DecidedReferral> decided, int expectedWeeks,
                                                       YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counters.put(m, IndicatorCount.counter().expectingDenominator());
        }
        for (DecidedReferral referral : decided) {
            IndicatorCount.Counter month = counters.get(YearMonth.from(referral.decidedOn()));
            if (month == null) {
                continue;
            }
            month.outOf(referral.personId());
            if (referral.decidedWithin(expectedWeeks)) {
                month.count(referral.personId());
            }
        }
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        counters.forEach((m, c) -> counts.put(m, c.build()));
        return counts;
    }
}
