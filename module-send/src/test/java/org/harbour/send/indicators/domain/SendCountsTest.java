package org.harbour.send.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.ExceptionPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SendCountsTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    private final List<IssuedPlan> plans = List.of(
            new IssuedPlan(1, RECEIVED, LocalDate.of(2026, 5, 25), List.of()),
            new IssuedPlan(2, RECEIVED, LocalDate.of(2026, 6, 5),
                    List.of(new ExceptionPeriod(ExceptionGround.C, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14)))),
            new IssuedPlan(3, RECEIVED, LocalDate.of(2026, 6, 5),
                    List.of(new ExceptionPeriod(ExceptionGround.A, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 15)))),
            new IssuedPlan(4, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 10), List.of()),
            new IssuedPlan(5, RECEIVED, LocalDate.of(2026, 7, 1), List.of()));

    @Test
    void plansWithinTwentyWeeksCountEachPlanInTheMonthOfItsIssueWithAndWithoutExceptions() {
        Map<YearMonth, IndicatorCount> plain = SendCounts.plansWithinTwentyWeeks(plans, false, MAY, JUNE);
        assertEquals(1, plain.get(MAY).numerator());
        assertEquals(1L, plain.get(MAY).denominator());
        // June: child 2 late but covered, child 3 late and not covered, child 4 on time (due 22 June).
        assertEquals(1, plain.get(JUNE).numerator());
        assertEquals(3L, plain.get(JUNE).denominator());
        assertEquals(Set.of(4L), plain.get(JUNE).numeratorPeople());
        Map<YearMonth, IndicatorCount> allowing = SendCounts.plansWithinTwentyWeeks(plans, true, MAY, JUNE);
        assertEquals(2, allowing.get(JUNE).numerator());
        assertEquals(Set.of(2L, 4L), allowing.get(JUNE).numeratorPeople());
        assertEquals(3, SendCounts.newPlans(plans, MAY, JUNE).get(JUNE).numerator(), "three new plans in June");
    }

    @Test
    void decisionsWithinSixWeeksCountInTheMonthOfTheDecision() {
        List<Decision> decisions = List.of(
                new Decision(1, RECEIVED, LocalDate.of(2026, 2, 16)),
                new Decision(2, RECEIVED, LocalDate.of(2026, 2, 17)),
                new Decision(3, LocalDate.of(2026, 1, 26), LocalDate.of(2026, 3, 2)));
        Map<YearMonth, IndicatorCount> counts = SendCounts.decisionsWithinSixWeeks(decisions, YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertEquals(1, counts.get(YearMonth.of(2026, 2)).numerator());
        assertEquals(2L, counts.get(YearMonth.of(2026, 2)).denominator());
        assertEquals(1, counts.get(YearMonth.of(2026, 3)).numerator());
    }

    @Test
    void activePlansAreCountedAtEachMonthEndAndACeasedPlanLeavesOnItsDay() {
        List<PlanSpan> spans = List.of(
                new PlanSpan(1, LocalDate.of(2026, 5, 31), null),
                new PlanSpan(2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)),
                new PlanSpan(3, LocalDate.of(2026, 6, 1), null));
        Map<YearMonth, IndicatorCount> counts = SendCounts.activePlans(spans, MAY, JUNE);
        assertEquals(Set.of(1L, 2L), counts.get(MAY).numeratorPeople());
        assertEquals(Set.of(1L, 3L), counts.get(JUNE).numeratorPeople(), "ceased on 30 June: not active at its end");
    }

    @Test
    void reviewsOnTimeAreHeldByTheirDueDay() {
        List<ReviewHeld> reviews = List.of(
                new ReviewHeld(1, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10)),
                new ReviewHeld(2, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 12)));
        IndicatorCount may = SendCounts.reviewsOnTime(reviews, MAY, MAY).get(MAY);
        assertEquals(1, may.numerator());
        assertEquals(2L, may.denominator());
        assertEquals(0L, SendCounts.reviewsOnTime(List.of(), JUNE, JUNE).get(JUNE).denominator(), "no reviews: 0 out of 0");
    }

    @Test
    void aChildCountsOnceAMonthSoTheChildrenListedAddUpToTheFigure() {
        List<IssuedPlan> twoForOneChild = List.of(
                new IssuedPlan(8, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 10), List.of()),
                new IssuedPlan(8, RECEIVED, LocalDate.of(2026, 6, 20), List.of()),
                new IssuedPlan(9, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 12), List.of()));
        IndicatorCount june = SendCounts.plansWithinTwentyWeeks(twoForOneChild, false, JUNE, JUNE).get(JUNE);
        assertEquals(1, june.numerator(), "child 8 had one of two plans late, so is not in time");
        assertEquals(2L, june.denominator());
        assertEquals(Set.of(9L), june.numeratorPeople());
        assertEquals(Set.of(8L, 9L), june.denominatorPeople());
        IndicatorCount issued = SendCounts.newPlans(twoForOneChild, JUNE, JUNE).get(JUNE);
        assertEquals(2, issued.numerator());
        assertEquals(Set.of(8L, 9L), issued.numeratorPeople());
        IndicatorCount active = SendCounts.activePlans(List.of(new PlanSpan(8, LocalDate.of(2026, 1, 5), null),
                new PlanSpan(8, LocalDate.of(2026, 6, 20), null)), JUNE, JUNE).get(JUNE);
        assertEquals(1, active.numerator(), "a child with an active plan, once");
    }
}
