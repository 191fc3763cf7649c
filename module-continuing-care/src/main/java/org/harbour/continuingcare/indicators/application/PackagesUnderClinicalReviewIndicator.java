package org.harbour.continuingcare.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.continuingcare.indicators.domain.PackagesUnderClinicalReview;
import org.harbour.continuingcare.indicators.infrastructure.IndicatorRowsRepository;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * For the scorecard: packages running at month end whose annual cost is above the clinical review
 * threshold. Reads in the caller's transaction, like the module's other indicator.
 */
@ApplicationScoped
public class PackagesUnderClinicalReviewIndicator implements ModuleIndicator {

    @Inject
    private IndicatorRowsRepository rows;

    @Inject
    private IndicatorSettings settings;

    @Override
    public IndicatorSpec spec() {
        String threshold = NumberFormat.getCurrencyInstance(Locale.UK).format(settings.clinicalReviewThreshold());
        return IndicatorSpec.of(IndicatorSettings.MODULE, "packages-under-clinical-review")
                .title("Continuing care packages under clinical review")
                .outcomeGroup("PERMANENCE").unit(IndicatorUnit.COUNT).polarity(IndicatorPolarity.NEITHER)
                .definition("Agreed continuing care packages running at the end of the month's last day whose "
                        + "annual cost (weekly cost x 52) is above the clinical review threshold (" + threshold
                        + ", continuing care setting " + IndicatorSettings.CLINICAL_REVIEW_THRESHOLD + "), the cost "
                        + "at which the module requires a clinical review. Each package counts once.")
                .source("continuing care packages: status, start and end dates, weekly cost")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return PackagesUnderClinicalReview.count(rows.packagesOverlapping(from.atEndOfMonth(), to.atEndOfMonth()),
                settings.clinicalReviewThreshold(), from, to);
    }
}
