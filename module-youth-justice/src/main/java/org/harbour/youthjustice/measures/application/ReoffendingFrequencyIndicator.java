package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.ReoffendingByMonth;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: the local reoffending proxy's frequency figure, month by month. */
@ApplicationScoped
public class ReoffendingFrequencyIndicator implements ModuleIndicator {

    @Inject
    private ReoffendingCohorts cohorts;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "reoffending-frequency")
                .title("Reoffending (local proxy): reoffences per reoffender")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.AVERAGE).polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Local proxy, not the Ministry of Justice's proven reoffending measure: of the rolling 3-month cohort of the "
                        + "binary rate (the cohort whose results became final in the month), the proven reoffences per child "
                        + "who reoffended, each offence once. The children behind the figure are the reoffenders.")
                .source("youth justice outcomes and releases from custody")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return ReoffendingByMonth.frequency(cohorts.finalIn(from, to));
    }
}
