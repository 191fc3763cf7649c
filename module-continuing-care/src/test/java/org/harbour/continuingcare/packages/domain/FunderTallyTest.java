package org.harbour.continuingcare.packages.domain;

import org.harbour.continuingcare.packages.application.FunderTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.harbour.continuingcare.packages.domain.CarePackageTest.carePackage;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What each funder pays on a day: each running package shared by the split in force then. */
class FunderTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

    private static FundingSplit split(LocalDate from, String health, String socialCare, String education) {
        return new FundingSplit(1, from, new BigDecimal(health), new BigDecimal(socialCare), new BigDecimal(education), "raj.patel", AT);
    }

    private static CarePackage running(String weekly) {
        CarePackage p = carePackage(PackageType.HOME_CARE, weekly, LocalDate.of(2026, 1, 1), null);
        p.agree();
        return p;
    }

    @Test
    void aRunningPackageIsSharedByItsSplit() {
        FunderTally tally = new FunderTally(DAY);
        tally.add(running("1000.00"), List.of(split(LocalDate.of(2026, 1, 1), "60", "30", "10")));
        assertEquals(1, tally.getPackages());
        assertEquals(0, new BigDecimal("600").compareTo(tally.getHealthWeekly()));
        assertEquals(0, new BigDecimal("300").compareTo(tally.getSocialCareWeekly()));
        assertEquals(0, new BigDecimal("100").compareTo(tally.getEducationWeekly()));
        assertEquals(0, BigDecimal.ZERO.compareTo(tally.getUnsplitWeekly()));
    }

    @Test
    void aRunningPackageWithNoSplitInForceIsUnsplit() {
        FunderTally tally = new FunderTally(DAY);
        tally.add(running("500.00"), List.of(split(DAY.plusDays(1), "100", "0", "0")));
        assertEquals(1, tally.getPackages());
        assertEquals(0, new BigDecimal("500").compareTo(tally.getUnsplitWeekly()));
        assertEquals(0, BigDecimal.ZERO.compareTo(tally.getHealthWeekly()));
    }

    @Test
    void theSplitInForceOnTheDayCountsNotTheEarlierOne() {
        FundingSplit earlier = split(LocalDate.of(2026, 1, 1), "100", "0", "0");
        earlier.endOn(DAY.minusDays(1));
        FunderTally tally = new FunderTally(DAY);
        tally.add(running("800.00"), List.of(earlier, split(DAY, "50", "50", "0")));
        assertEquals(0, new BigDecimal("400").compareTo(tally.getHealthWeekly()));
        assertEquals(0, new BigDecimal("400").compareTo(tally.getSocialCareWeekly()));
    }

    @Test
    void packagesNotRunningOnTheDayAreLeftOut() {
        CarePackage proposed = carePackage(PackageType.HOME_CARE, "900.00", LocalDate.of(2026, 1, 1), null);
        CarePackage ended = carePackage(PackageType.HOME_CARE, "700.00", LocalDate.of(2026, 1, 1), DAY.minusDays(1));
        ended.agree();
        CarePackage notStarted = carePackage(PackageType.HOME_CARE, "600.00", DAY.plusDays(1), null);
        notStarted.agree();
        FunderTally tally = new FunderTally(DAY);
        List.of(proposed, ended, notStarted).forEach(p -> tally.add(p, List.of(split(LocalDate.of(2026, 1, 1), "100", "0", "0"))));
        tally.add(running("200.00"), List.of());
        assertEquals(1, tally.getPackages());
        assertEquals(0, BigDecimal.ZERO.compareTo(tally.getHealthWeekly()));
        assertEquals(0, new BigDecimal("200").compareTo(tally.getUnsplitWeekly()));
    }

    @Test
    void totalsAreRoundedToThePennyPerWeekAndThenTimesFiftyTwo() {
        FunderTally tally = new FunderTally(DAY);
        // 1,000.01 x 33.33% = 333.303333 a week: 333.30 shown, 17,331.60 a year.
        tally.add(running("1000.01"), List.of(split(LocalDate.of(2026, 1, 1), "33.33", "33.33", "33.34")));
        FunderTotals totals = new FunderTotals(tally);
        assertEquals(new BigDecimal("333.30"), totals.getHealthWeekly());
        assertEquals(new BigDecimal("17331.60"), totals.getHealthAnnual());
        assertEquals(new BigDecimal("333.40"), totals.getEducationWeekly());
        assertEquals(new BigDecimal("0.00"), totals.getUnsplitWeekly());
        assertEquals(DAY, totals.getOn());
        assertEquals(1, totals.getPackages());
    }
}
