package org.harbour.send.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The counting rules of the SEND measures, month by month: an event counts in the month it
 * happened (a plan in the month of its issue, a decision in the month it was made, a review in the
 * month of its meeting); active plans are counted at each month's end. Each child counts once in a
 * month, so the children listed behind a figure are exactly what it counts: a child with two events
 * in one month is in time only when both were.
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
        Map<YearMonth, Set<Long>> counted = new HashMap<>();
        for (IssuedPlan p : plans) {
            YearMonth month = YearMonth.from(p.issued());
            IndicatorCount.Counter c = counters.get(month);
            if (c != null && counted.computeIfAbsent(month, m -> new HashSet<>()).add(p.personId())) {
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
            plans.stream().filter(p -> p.activeAtEndOf(end)).map(PlanSpan::personId).distinct().forEach(c::count);
        });
        return built(counters);
    }

    /** Amended plans issued in the month by their due day, out of all amended plans issued in the month. */
    public static Map<YearMonth, IndicatorCount> amendedPlansInTime(List<AmendedPlan> plans, YearMonth from, YearMonth to) {
        return percent(plans, AmendedPlan::issued, AmendedPlan::personId, AmendedPlan::inTime, from, to);
    }

    /** Children whose plan active at the month end names a setting out of the city. */
    public static Map<YearMonth, IndicatorCount> outOfCityPlacements(List<PlanSpan> plans, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, false);
        counters.forEach((month, c) -> {
            LocalDate end = month.atEndOfMonth();
            plans.stream().filter(p -> p.activeAtEndOf(end) && p.namesOutOfCitySetting()).map(PlanSpan::personId).distinct()
                    .forEach(c::count);
        });
        return built(counters);
    }

    /**
     * The cost a year, in whole pounds, of the out-of-city places of the plans active at the month
     * end, at each setting's cost a place; the children counted are those whose place has a cost.
     * A place without a known cost adds nothing here (it is never taken as free: the placements
     * count has it). A child with two such places counts the dearer once.
     */
    public static Map<YearMonth, IndicatorCount> outOfCityCost(List<PlanSpan> plans, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            Map<Long, BigDecimal> costs = new TreeMap<>();
            plans.stream().filter(p -> p.activeAtEndOf(end) && p.namesOutOfCitySetting() && p.placeCost() != null)
                    .forEach(p -> costs.merge(p.personId(), p.placeCost(), BigDecimal::max));
            long pounds = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            counts.put(m, new IndicatorCount(pounds, null, costs.keySet(), Set.of()));
        }
        return counts;
    }

    /** Children whose plan active at the month end has a personal budget, out of all children with an active plan. */
    public static Map<YearMonth, IndicatorCount> personalBudgets(List<PlanSpan> plans, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, true);
        counters.forEach((month, c) -> {
            LocalDate end = month.atEndOfMonth();
            Map<Long, Boolean> children = new TreeMap<>();
            plans.stream().filter(p -> p.activeAtEndOf(end))
                    .forEach(p -> children.merge(p.personId(), p.personalBudget(), Boolean::logicalOr));
            children.forEach((child, budget) -> {
                c.outOf(child);
                if (budget) {
                    c.count(child);
                }
            });
        });
        return built(counters);
    }

    /** Children looked after at the month end who have an active plan then, out of all children looked after then. */
    public static Map<YearMonth, IndicatorCount> lookedAfterWithPlan(List<CareSpan> care, List<PlanSpan> plans, YearMonth from,
                                                                    YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, true);
        counters.forEach((month, c) -> {
            LocalDate end = month.atEndOfMonth();
            Set<Long> withPlan = new HashSet<>();
            plans.stream().filter(p -> p.activeAtEndOf(end)).forEach(p -> withPlan.add(p.personId()));
            care.stream().filter(s -> s.lookedAfterAtEndOf(end)).map(CareSpan::personId).distinct().sorted().forEach(child -> {
                c.outOf(child);
                if (withPlan.contains(child)) {
                    c.count(child);
                }
            });
        });
        return built(counters);
    }

    /** A count per 10,000 of a population, to one decimal place; null without a population. */
    public static BigDecimal per10000(long count, long population) {
        if (population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(10_000)).divide(BigDecimal.valueOf(population), 1,
                RoundingMode.HALF_UP);
    }

    private static <T> Map<YearMonth, IndicatorCount> percent(List<T> items, Function<T, LocalDate> day, Function<T, Long> person,
                                                              Predicate<T> inTime, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> counters = counters(from, to, true);
        Map<YearMonth, Map<Long, Boolean>> childrenInTime = new HashMap<>();
        for (T item : items) {
            YearMonth month = YearMonth.from(day.apply(item));
            if (counters.containsKey(month)) {
                childrenInTime.computeIfAbsent(month, m -> new TreeMap<>()).merge(person.apply(item), inTime.test(item), Boolean::logicalAnd);
            }
        }
        childrenInTime.forEach((month, children) -> {
            IndicatorCount.Counter c = counters.get(month);
            children.forEach((child, allInTime) -> {
                c.outOf(child);
                if (allInTime) {
                    c.count(child);
                }
            });
        });
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
