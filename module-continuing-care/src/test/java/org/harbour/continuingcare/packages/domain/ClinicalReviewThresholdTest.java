package org.harbour.continuingcare.packages.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clinical review is required when the annual cost is above the threshold, not at it. */
class ClinicalReviewThresholdTest {

    private final ClinicalReviewThreshold threshold = ClinicalReviewThreshold.fromSetting("150000");

    @Test
    void exactlyTheThresholdNeedsNoReviewAPennyMoreDoes() {
        assertFalse(threshold.requiresReview(new BigDecimal("150000.00")));
        assertTrue(threshold.requiresReview(new BigDecimal("150000.01")));
        assertFalse(threshold.requiresReview(null));
    }

    @Test
    void theWeeklyCostDecidesThroughItsFiftyTwoWeekYear() {
        // 2,884.61 a week is 149,999.72 a year; 2,884.62 is 150,000.24.
        assertFalse(threshold.requiresReview(CarePackage.annual(new BigDecimal("2884.61"))));
        assertTrue(threshold.requiresReview(CarePackage.annual(new BigDecimal("2884.62"))));
    }

    @Test
    void aMissingOrUnreadableSettingGivesTheDefault() {
        assertEquals(ClinicalReviewThreshold.DEFAULT, ClinicalReviewThreshold.fromSetting(null).getAnnualCost());
        assertEquals(ClinicalReviewThreshold.DEFAULT, ClinicalReviewThreshold.fromSetting("a lot").getAnnualCost());
        assertEquals(new BigDecimal("90000"), ClinicalReviewThreshold.fromSetting(" 90000 ").getAnnualCost());
    }
}
