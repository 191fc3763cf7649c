package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The local reoffending proxy month by month, for the scorecard: each month shows the rolling
 * 3-month cohort whose results became final in it, the cohort that ended the tracking months plus
 * the 6 months to prove before. At the end of March, June, September and December that is the
 * quarter's cohort. A month's figure, once the month has ended, no longer moves, so it can be
 * frozen like any other.
 */
public final class ReoffendingByMonth {

    private ReoffendingByMonth() {
    }

    /** The last month of the cohort whose results become final in {@code month}. */
    public static YearMonth cohortEnding(YearMonth month, int trackingMonths) {
        return month.minusMonths((long) trackingMonths + ReoffendingProxy.MONTHS_TO_PROVE);
    }

    /** The first day of the earliest cohort the months need: releases from custody are read from it. */
    public static LocalDate firstCohortDay(YearMonth from, int trackingMonths) {
        return cohortEnding(from, trackingMonths).minusMonths(2).atDay(1);
    }

    /** Each month's cohort result, worked from every outcome proven up to the last month's end. */
    public static Map<YearMonth, ReoffendingProxy.Result> results(Collection<OutcomeFact> outcomes,
                                                                  Collection<ReoffendingProxy.Release> releases,
                                                                  YearMonth from, YearMonth to, int trackingMonths) {
        Map<YearMonth, ReoffendingProxy.Result> results = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            YearMonth last = cohortEnding(month, trackingMonths);
            results.put(month, ReoffendingProxy.of(outcomes, releases, last.minusMonths(2).atDay(1), last.atEndOfMonth(), trackingMonths));
        }
        return results;
    }

    /** The binary rate: reoffenders out of the cohort, each listed. */
    public static Map<YearMonth, IndicatorCount> binary(Map<YearMonth, ReoffendingProxy.Result> results) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        results.forEach((month, r) -> counts.put(month, new IndicatorCount(r.reoffenders().size(), (long) r.cohort().size(),
                Set.copyOf(r.reoffenders()), Set.copyOf(r.cohort()))));
        return counts;
    }

    /** The frequency: proven reoffences per reoffender; the children behind it are the reoffenders. */
    public static Map<YearMonth, IndicatorCount> frequency(Map<YearMonth, ReoffendingProxy.Result> results) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        results.forEach((month, r) -> counts.put(month, new IndicatorCount(r.reoffences(), (long) r.reoffenders().size(),
                Set.copyOf(r.reoffenders()), Set.copyOf(r.reoffenders()))));
        return counts;
    }
}
