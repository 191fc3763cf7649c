package org.harbour.send.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.send.timescale.domain.PhaseTransfer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measures of amended plans, out-of-city places and their cost, personal budgets and looked-after children with a plan. */
class SendPlacementCountsTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 9, 1);

    @Test
    void anAmendedPlanIsDueTwelveWeeksAfterTheMeetingOrByAnEarlierPhaseTransferDeadline() {
        // Meeting Monday 2 March 2026: 12 weeks on is Monday 25 May.
        AmendedPlan onItsDay = AmendedPlan.after(1, LocalDate.of(2026, 3, 2), null, null, LocalDate.of(2026, 5, 25));
        assertEquals(LocalDate.of(2026, 5, 25), onItsDay.dueBy());
        assertTrue(onItsDay.inTime());
        assertFalse(AmendedPlan.after(2, LocalDate.of(2026, 3, 2), null, null, LocalDate.of(2026, 5, 26)).inTime());
        // Meeting 1 December 2025 for a move to secondary school in September 2026: due 15 February, not 23 February.
        AmendedPlan transfer = AmendedPlan.after(3, LocalDate.of(2025, 12, 1), PhaseTransfer.PRIMARY_TO_SECONDARY, 2026,
                LocalDate.of(2026, 2, 20));
        assertEquals(LocalDate.of(2026, 2, 15), transfer.dueBy());
        assertFalse(transfer.inTime(), "in the 12 weeks but after the phase transfer deadline");
    }

    @Test
    void amendedPlansCountInTheMonthTheyWereIssued() {
        List<AmendedPlan> plans = List.of(
                AmendedPlan.after(1, LocalDate.of(2026, 3, 2), null, null, LocalDate.of(2026, 5, 25)),
                AmendedPlan.after(2, LocalDate.of(2026, 3, 2), null, null, LocalDate.of(2026, 5, 26)),
                AmendedPlan.after(3, LocalDate.of(2026, 4, 1), null, null, LocalDate.of(2026, 6, 1)));
        var counts = SendCounts.amendedPlansInTime(plans, MAY, JUNE);
        assertEquals(Set.of(1L), counts.get(MAY).numeratorPeople());
        assertEquals(2L, counts.get(MAY).denominator());
        assertEquals(1, counts.get(JUNE).numerator());
        assertEquals(1L, counts.get(JUNE).denominator());
    }

    private final List<PlanSpan> plans = List.of(
            new PlanSpan(1, LONG_AGO, null, true, new BigDecimal("56000.00"), false),
            new PlanSpan(2, LONG_AGO, LocalDate.of(2026, 6, 30), true, new BigDecimal("48000.50"), true),
            new PlanSpan(3, LONG_AGO, null, true, null, false),
            new PlanSpan(4, LONG_AGO, null, false, new BigDecimal("21000.00"), true),
            new PlanSpan(5, LocalDate.of(2026, 6, 1), null, null, null, false));

    @Test
    void outOfCityPlacementsCountChildrenWhosePlanNamesASettingOutOfTheCityAtTheMonthEnd() {
        var counts = SendCounts.outOfCityPlacements(plans, MAY, JUNE);
        assertEquals(Set.of(1L, 2L, 3L), counts.get(MAY).numeratorPeople());
        assertEquals(3, counts.get(MAY).numerator());
        assertEquals(Set.of(1L, 3L), counts.get(JUNE).numeratorPeople(), "child 2's plan ceased on 30 June");
        assertNull(counts.get(JUNE).denominator());
    }

    @Test
    void theCostOfOutOfCityPlacesAddsEachCostedPlaceOnceAndNeverTakesAnUncostedOneAsFree() {
        IndicatorCount may = SendCounts.outOfCityCost(plans, MAY, MAY).get(MAY);
        assertEquals(104_001, may.numerator(), "56,000 + 48,000.50 to the nearest pound");
        assertEquals(Set.of(1L, 2L), may.numeratorPeople(), "child 3's setting has no cost: not counted as free");
        IndicatorCount twoPlaces = SendCounts.outOfCityCost(List.of(
                new PlanSpan(7, LONG_AGO, null, true, new BigDecimal("30000"), false),
                new PlanSpan(7, LONG_AGO, null, true, new BigDecimal("45000"), false)), MAY, MAY).get(MAY);
        assertEquals(45_000, twoPlaces.numerator(), "a child counts once, at the dearer place");
    }

    @Test
    void personalBudgetsAreOutOfTheChildrenWithAnActivePlan() {
        IndicatorCount may = SendCounts.personalBudgets(plans, MAY, MAY).get(MAY);
        assertEquals(Set.of(2L, 4L), may.numeratorPeople());
        assertEquals(4L, may.denominator(), "child 5's plan starts in June");
        IndicatorCount june = SendCounts.personalBudgets(plans, JUNE, JUNE).get(JUNE);
        assertEquals(Set.of(4L), june.numeratorPeople());
        assertEquals(Set.of(1L, 3L, 4L, 5L), june.denominatorPeople());
    }

    @Test
    void lookedAfterChildrenWithAPlanAreOutOfAllLookedAfterAtTheMonthEnd() {
        List<CareSpan> care = List.of(
                new CareSpan(1, LocalDate.of(2025, 1, 10), null),
                new CareSpan(4, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31)),
                new CareSpan(8, LocalDate.of(2026, 5, 3), null),
                new CareSpan(8, LocalDate.of(2024, 1, 3), LocalDate.of(2024, 6, 1)));
        IndicatorCount may = SendCounts.lookedAfterWithPlan(care, plans, MAY, MAY).get(MAY);
        assertEquals(Set.of(1L), may.numeratorPeople(), "child 4 left care on 31 May: not looked after at its end");
        assertEquals(Set.of(1L, 8L), may.denominatorPeople());
        assertEquals(2L, may.denominator(), "child 8 counts once though looked after twice");
    }

    @Test
    void activePlansPerTenThousandAgedZeroToTwentyFive() {
        assertEquals(new BigDecimal("550.0"), SendCounts.per10000(2_769, 50_345));
        assertEquals(new BigDecimal("0.0"), SendCounts.per10000(0, 50_345));
        assertNull(SendCounts.per10000(2_769, 0));
    }
}
