package org.harbour.continuingcare.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.settings.ModuleSettings;

import java.math.BigDecimal;

/**
 * The module settings the indicators count by, read with the same keys and defaults as the
 * module's timeliness figures and its clinical review rule, so the scorecard and the module agree.
 */
@ApplicationScoped
public class IndicatorSettings {

    static final String MODULE = "continuing-care";
    static final String EXPECTED_WEEKS = "decision-expectation-weeks";
    static final String CLINICAL_REVIEW_THRESHOLD = "clinical-review-threshold-gbp";
    private static final int DEFAULT_WEEKS = 6;
    private static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("150000");

    @Inject
    private ModuleSettings settings;

    /** Weeks from referral within which a funding decision is expected. */
    public int expectedWeeks() {
        return settings.value(MODULE, EXPECTED_WEEKS).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return DEFAULT_WEEKS;
            }
        }).orElse(DEFAULT_WEEKS);
    }

    /** Annual package cost above which a clinical review is required (GBP). */
    public BigDecimal clinicalReviewThreshold() {
        return settings.value(MODULE, CLINICAL_REVIEW_THRESHOLD).map(v -> {
            try {
                return new BigDecimal(v.trim());
            } catch (NumberFormatException e) {
                return DEFAULT_THRESHOLD;
            }
        }).orElse(DEFAULT_THRESHOLD);
    }
}
