package org.harbour.continuingcare.packages.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A package runs on a day only once agreed, from its start to its end day inclusive; it costs its weekly cost times 52 a year. */
class CarePackageTest {

    static CarePackage carePackage(PackageType type, String weekly, LocalDate start, LocalDate end) {
        CarePackage p = new CarePackage(1, 100, "raj.patel", Instant.parse("2026-02-01T09:00:00Z"));
        p.setProvider("Brightwater Children's Nursing");
        p.setType(type);
        p.setWeeklyCost(new BigDecimal(weekly));
        p.setStartDate(start);
        p.setEndDate(end);
        return p;
    }

    @Test
    void aProposedPackageRunsOnNoDay() {
        CarePackage p = carePackage(PackageType.HOME_CARE, "1000.00", LocalDate.of(2026, 3, 1), null);
        assertTrue(p.isProposed());
        assertFalse(p.isActiveOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void anAgreedPackageRunsFromItsStartToItsEndDayInclusive() {
        CarePackage p = carePackage(PackageType.HOME_CARE, "1000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        p.agree();
        assertFalse(p.isActiveOn(LocalDate.of(2026, 2, 28)));
        assertTrue(p.isActiveOn(LocalDate.of(2026, 3, 1)));
        assertTrue(p.isActiveOn(LocalDate.of(2026, 3, 31)));
        assertFalse(p.isActiveOn(LocalDate.of(2026, 4, 1)));
        assertTrue(p.hasEndedBy(LocalDate.of(2026, 4, 1)));
        assertFalse(p.hasEndedBy(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void withoutAnEndDateItRunsUntilItIsEnded() {
        CarePackage p = carePackage(PackageType.NURSING, "3200.00", LocalDate.of(2026, 3, 1), null);
        p.agree();
        assertTrue(p.isActiveOn(LocalDate.of(2036, 3, 1)));
        p.setStatus(PackageStatus.ENDED);
        assertFalse(p.isActiveOn(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void onlyAProposedPackageIsAgreed() {
        CarePackage p = carePackage(PackageType.HOME_CARE, "1000.00", LocalDate.of(2026, 3, 1), null);
        p.agree();
        assertTrue(p.isAgreed());
        assertThrows(IllegalStateException.class, p::agree);
    }

    @Test
    void onlyAResidentialPlacementIsAgreedWithoutAnEligibleDecision() {
        assertFalse(carePackage(PackageType.HOME_CARE, "1", LocalDate.of(2026, 3, 1), null).mayBeAgreed(false));
        assertTrue(carePackage(PackageType.HOME_CARE, "1", LocalDate.of(2026, 3, 1), null).mayBeAgreed(true));
        assertTrue(carePackage(PackageType.RESIDENTIAL, "1", LocalDate.of(2026, 3, 1), null).mayBeAgreed(false));
    }

    @Test
    void theAnnualCostIsFiftyTwoWeeksToThePenny() {
        assertEquals(new BigDecimal("127400.00"), CarePackage.annual(new BigDecimal("2450.00")));
        assertEquals(new BigDecimal("150000.24"), CarePackage.annual(new BigDecimal("2884.62")));
        assertNull(CarePackage.annual(null));
    }

    @Test
    void aChangeNamesWhoMadeItAndBeforeAnyTheRecorder() {
        CarePackage p = carePackage(PackageType.HOME_CARE, "1000.00", LocalDate.of(2026, 3, 1), null);
        assertEquals("raj.patel", p.getChangedBy());
        assertNull(p.getUpdatedBy());
        p.touched("helen.ward", Instant.parse("2026-03-02T10:00:00Z"));
        assertEquals("helen.ward", p.getChangedBy());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), p.getUpdatedAt());
    }
}
