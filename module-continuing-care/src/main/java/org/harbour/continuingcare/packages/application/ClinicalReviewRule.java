package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.settings.ModuleSettings;

import java.math.BigDecimal;

/**
 * High-cost placements get a clinical review: required automatically when a package's annual
 * cost is above the module setting {@code clinical-review-threshold-gbp}.
 */
@ApplicationScoped
public class ClinicalReviewRule {

    public static final String THRESHOLD = "clinical-review-threshold-gbp";
    private static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("150000");

    @Inject
    private ModuleSettings settings;

    public BigDecimal threshold() {
        return settings.value("continuing-care", THRESHOLD).map(v -> {
            try {
                return new BigDecimal(v.trim());
            } catch (NumberFormatException e) {
                return DEFAULT_THRESHOLD;
            }
        }).orElse(DEFAULT_THRESHOLD);
    }

    public boolean requiresReview(BigDecimal annualCost) {
        return annualCost != null && annualCost.compareTo(threshold()) > 0;
    }
}
