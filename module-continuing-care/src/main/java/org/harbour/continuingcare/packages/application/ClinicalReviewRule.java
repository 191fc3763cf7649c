package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.continuingcare.packages.domain.ClinicalReviewThreshold;
import org.harbour.core.spi.settings.ModuleSettings;

import java.math.BigDecimal;

/** The clinical review threshold as the council has set it (module setting {@code clinical-review-threshold-gbp}). */
@ApplicationScoped
public class ClinicalReviewRule {

    public static final String THRESHOLD = "clinical-review-threshold-gbp";

    @Inject
    private ModuleSettings settings;

    public ClinicalReviewThreshold threshold() {
        return ClinicalReviewThreshold.fromSetting(settings.value("continuing-care", THRESHOLD).orElse(null));
    }

    public boolean requiresReview(BigDecimal annualCost) {
        return threshold().requiresReview(annualCost);
    }
}
