package org.harbour.continuingcare.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module's two scorecard indicators against small histories worked out by hand in the comments. */
class ContinuingCareIndicatorsTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final BigDecimal THRESHOLD = new BigDecimal("150000");

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static DecidedReferral referral(long id, long person, String referred, String decided) {
        return new DecidedReferral(id, person, d(referred), d(decided));
    }

    private static CostedPackage pkg(long id, long person, String status, String start, String end, String weekly) {
        return new CostedPackage(id, person, status, d(start), d(end), new BigDecimal(weekly));
    }

    @Test
    void sixWeeksIsFortyTwoDaysAndTheFortyThirdIsLate() {
        assertTrue(referral(1, 1, "2026-09-01", "2026-10-13").decidedWithin(6), "42 days");
        assertFalse(referral(1, 1, "2026-09-01", "2026-10-14").decidedWithin(6), "43 days");
        assertTrue(referral(1, 1, "2026-10-01", "2026-10-01").decidedWithin(0), "same day, expectation 0");
        assertTrue(referral(1, 1, "2026-09-01", "2026-10-14").decidedWithin(7), "a longer expectation");
    }

    @Test
    void referralsDecidedInTheMonthWithinTheExpectedWeeksOutOfAllDecidedInIt() {
        List<DecidedReferral> decided = List.of(
                // October: child 1 in 42 days (in time), child 2 in 43 days (late), child 3 in 10 days (in time),
                // child 1 again on 31 October, referred 31 August: 61 days (late). 2 of 4.
                referral(1, 1, "2026-09-01", "2026-10-13"),
                referral(2, 2, "2026-09-01", "2026-10-14"),
                referral(3, 3, "2026-10-05", "2026-10-15"),
                referral(4, 1, "2026-08-31", "2026-10-31"),
                // 30 September and 1 November fall in the months either side.
                referral(5, 4, "2026-09-01", "2026-09-30"),
                referral(6, 5, "2026-10-01", "2026-11-01"));
        Map<YearMonth, IndicatorCount> counts = ReferralsDecidedInTime.count(decided, 6, SEP, NOV);
        assertEquals(List.of(SEP, OCT, NOV), List.copyOf(counts.keySet()));
        IndicatorCount october = counts.get(OCT);
        assertEquals(2, october.numerator());
        assertEquals(4L, october.denominator());
        assertEquals(Set.of(1L, 3L), october.numeratorPeople());
        assertEquals(Set.of(1L, 2L, 3L), october.denominatorPeople());
        assertEquals(1, counts.get(SEP).numerator());
        assertEquals(1L, counts.get(SEP).denominator());
        assertEquals(1, counts.get(NOV).numerator(), "31 days: in time");
        // With an expectation of 9 weeks (63 days) every October decision is in time.
        assertEquals(4, ReferralsDecidedInTime.count(decided, 9, OCT, OCT).get(OCT).numerator());
    }

    @Test
    void aMonthWithNoDecisionIsZeroOutOfZeroNotMissing() {
        IndicatorCount none = ReferralsDecidedInTime.count(List.of(), 6, OCT, OCT).get(OCT);
        assertEquals(0, none.numerator());
        assertEquals(0L, none.denominator());
    }

    @Test
    void packagesRunningAtMonthEndAboveTheThresholdCountEachPackage() {
        // Weekly 2,884.62 x 52 = 150,000.24: above. Weekly 2,884.61 x 52 = 149,999.72: not. Weekly 2,884.6154
        // is not stored (two decimals), so 150,000.00 exactly (x 52 of 2,884.615...) cannot arise except as below.
        List<CostedPackage> packages = List.of(
                pkg(1, 1, "AGREED", "2026-01-01", null, "2884.62"),          // above, running: counts
                pkg(2, 2, "AGREED", "2026-01-01", null, "2884.61"),          // below: no
                pkg(3, 1, "AGREED", "2026-10-31", null, "4000.00"),          // starts on the last day: counts
                pkg(4, 3, "AGREED", "2026-05-01", "2026-10-31", "4000.00"),  // ends on the last day: still running
                pkg(5, 4, "AGREED", "2026-05-01", "2026-10-30", "4000.00"),  // ended the day before: no
                pkg(6, 5, "PROPOSED", "2026-05-01", null, "4000.00"),        // not agreed: no
                pkg(7, 6, "AGREED", "2026-11-01", null, "4000.00"));         // starts in November: no
        Map<YearMonth, IndicatorCount> counts = PackagesUnderClinicalReview.count(packages, THRESHOLD, SEP, NOV);
        IndicatorCount october = counts.get(OCT);
        assertEquals(3, october.numerator(), "packages 1, 3 and 4");
        assertEquals(Set.of(1L, 3L), october.numeratorPeople(), "child 1 has two of them");
        assertNull(october.denominator(), "a count has no denominator");
        assertEquals(3, counts.get(SEP).numerator(), "packages 1, 4 and 5 at the end of September");
        assertEquals(3, counts.get(NOV).numerator(), "packages 1, 3 and 7 at the end of November");
    }

    @Test
    void anAnnualCostExactlyAtTheThresholdIsNotAboveIt() {
        // 2,500.00 x 52 = 130,000.00: at a threshold of 130,000 no review is required (the module's rule is "above").
        List<CostedPackage> one = List.of(pkg(1, 1, "AGREED", "2026-01-01", null, "2500.00"));
        assertEquals(0, PackagesUnderClinicalReview.count(one, new BigDecimal("130000"), OCT, OCT).get(OCT).numerator());
        assertEquals(1, PackagesUnderClinicalReview.count(one, new BigDecimal("129999.99"), OCT, OCT).get(OCT)
                .numerator());
    }
}
