package org.harbour.send.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The counting rules of the SEND measures, month by month: each event counts once, in the month
 * it happened (a plan in the month of its issue, a decision in the month it was made, a review in
 * the month of its meeting); active plans are counted at each month's end.
 */
public final class SendCounts {

    private SendCounts() {
    }

    /** Final plans issued in the month within 20 weeks of the request, out of all issued in the month. */
    public static Map<YearMonth, IndicatorCount> plansWithinTwentyWeeks(List<IssuedPlan> plans, boolean allowingExceptions,
                                                                       YearMonth from, YearMonth to) {
        return percent(plans, IssuedPlan::issued, IssuedPlan::personId,
                p -> allowingExceptions ? p.timeliness().withinTwentyWeeksAllowingExceptions() : p.timeliness().withinTwentyWeeks(),
                from, to);
    }

    /** Decisions whether to assess made in the month within 6 weeks of the request, out of all made in the month. */
    public static Map<YearMonth, IndicatorCount> decisionsWithinSixWeeks(List<Decision> decisions, YearMonth from, YearMonth to) {
        return percent(decisions, Decision::decided, Decision::personId, Decision::withinSixWeeks, from, to);
    }

    /** Review meetings in the month held by their due day, out of all held in the month. */
    public static Map<YearMonth, IndicatorCount> reviewsOnTime(List<ReviewHeld> reviews, YearMonth from, YearMonth to) {
        return percent(reviews, ReviewHeld::meeting, ReviewHeld::personId, ReviewHeld::onTime, from, to);
    }

    /** New plans: final plans issued in the month. */
    public static Map<YearMonth, IndicatorCount> newPlans(List<IssuedPlan> plans, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, false);
        for (IssuedPlan p : plans) {
            IndicatorCount.Counter c = counters.get(YearMonth.from(p.issued()));
            if (c != null) {
                c.count(p.personId());
            }
        }
        return built(counters);
    }

    /** Plans active at the end of each month. */
    public static Map<YearMonth, IndicatorCount> activePlans(List<PlanSpan> plans, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, false);
        counters.forEach((month, c) -> {
            LocalDate end = month.atEndOfMonth();
            plans.stream().filter(p -> p.activeAtEndOf(end)).forEach(p -> c.count(p.personId()));
        });
        return built(counters);
    }

    private static <T> Map<YearMonth, IndicatorCount> percent(List<T> items, Function<T, LocalDate> day, Function<T, Long> person,
                                                              Predicate<T> inTime, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, true);
        for (T item : items) {
            IndicatorCount.Counter c = counters.get(YearMonth.from(day.apply(item)));
            if (c == null) {
                continue;
            }
            c.outOf(person.apply(item));
            if (inTime.test(item)) {
                c.count(person.apply(item));
            }
        }
        return built(counters);
    }

    private static Map<YearMonth, IndicatorCount.Counter> counters(YearMonth from, YearMonth to, boolean denominator) {
        Map<YearMonth, IndicatorCount.Counter> counters = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            IndicatorCount.Counter c = IndicatorCount.counter();
            counters.put(m, denominator ? c.expectingDenominator() : c);
        }
        return counters;
    }

    private static Map<YearMonth, IndicatorCount> built(Map<YearMonth, IndicatorCount.Counter> counters) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        counters.forEach((m, c) -> counts.put(m, c.build()));
        return counts;
    }
}
