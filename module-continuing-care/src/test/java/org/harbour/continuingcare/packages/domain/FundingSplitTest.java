package org.harbour.continuingcare.packages.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A split's shares total exactly 100%, to the hundredth; a split is in force from its first day to its last. */
class FundingSplitTest {

    private static boolean whole(String health, String socialCare, String education) {
        return FundingSplit.totalsWhole(new BigDecimal(health), new BigDecimal(socialCare), new BigDecimal(education));
    }

    @Test
    void sharesThatAddUpToExactlyAHundredAreWhole() {
        assertTrue(whole("60.00", "30.00", "10.00"));
        assertTrue(whole("100", "0", "0"));
        assertTrue(whole("33.33", "33.33", "33.34"));
    }

    @Test
    void aHundredthOfAPercentOutEitherWayIsNotWhole() {
        assertFalse(whole("33.33", "33.33", "33.33"));
        assertFalse(whole("50.00", "50.00", "0.01"));
        assertFalse(whole("0", "0", "0"));
    }

    @Test
    void aSplitIsInForceFromItsFirstDayToItsLastInclusive() {
        FundingSplit split = new FundingSplit(1, LocalDate.of(2026, 4, 1), new BigDecimal("60"), new BigDecimal("40"),
                BigDecimal.ZERO, "raj.patel", Instant.parse("2026-03-01T09:00:00Z"));
        assertFalse(split.isEffectiveOn(LocalDate.of(2026, 3, 31)));
        assertTrue(split.isEffectiveOn(LocalDate.of(2026, 4, 1)));
        assertTrue(split.isEffectiveOn(LocalDate.of(2030, 1, 1)), "open-ended until a new split closes it");
        split.endOn(LocalDate.of(2026, 6, 30));
        assertTrue(split.isEffectiveOn(LocalDate.of(2026, 6, 30)));
        assertFalse(split.isEffectiveOn(LocalDate.of(2026, 7, 1)));
    }
}
