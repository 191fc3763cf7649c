package org.harbour.continuingcare.packages.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * High-cost placements get a clinical review: one is required when a package's annual cost is
 * above the threshold (module setting {@code clinical-review-threshold-gbp}; exactly the
 * threshold needs none).
 */
public final class ClinicalReviewThreshold {

    public static final BigDecimal DEFAULT = new BigDecimal("150000");

    private final BigDecimal annualCost;

    private ClinicalReviewThreshold(BigDecimal annualCost) {
        this.annualCost = Objects.requireNonNull(annualCost);
    }

    public static ClinicalReviewThreshold of(BigDecimal annualCost) {
        return new ClinicalReviewThreshold(annualCost);
    }

    /** The threshold a setting gives; a missing or unreadable setting gives the default. */
    public static ClinicalReviewThreshold fromSetting(String setting) {
        if (setting == null) {
            return of(DEFAULT);
        }
        try {
            return of(new BigDecimal(setting.trim()));
        } catch (NumberFormatException e) {
            return of(DEFAULT);
        }
    }

    public BigDecimal getAnnualCost() {
        return annualCost;
    }

    public boolean requiresReview(BigDecimal annualCost) {
        return annualCost != null && annualCost.compareTo(this.annualCost) > 0;
    }
}
