package org.harbour.continuingcare.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.settings.ModuleSettings;

import java.math.BigDecimal;

/**
 * The module settings the indicators count by: the same declared settings as the module's
 * timeliness figures and its clinical review rule read, so the scorecard and the module agree.
 */
@ApplicationScoped
public class IndicatorSettings {

    static final String MODULE = "continuing-care";
    static final String EXPECTED_WEEKS = "decision-expectation-weeks";
    static final String CLINICAL_REVIEW_THRESHOLD = "clinical-review-threshold-gbp";

    @Inject
    private ModuleSettings settings;

    /** Weeks from referral within which a funding decision is expected. */
    public int expectedWeeks() {
        return settings.intValue(MODULE, EXPECTED_WEEKS);
    }

    /** Annual package cost above which a clinical review is required (GBP). */
    public BigDecimal clinicalReviewThreshold() {
        return settings.decimalValue(MODULE, CLINICAL_REVIEW_THRESHOLD);
    }
}
