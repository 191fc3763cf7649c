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

/** For the scorecard: the local reoffending proxy's binary figure, month by month. */
@ApplicationScoped
public class ReoffendingBinaryIndicator implements ModuleIndicator {

    @Inject
    private ReoffendingCohorts cohorts;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "reoffending-binary")
                .title("Reoffending (local proxy): binary rate")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Local proxy, not the Ministry of Justice's proven reoffending measure: the children cautioned or "
                        + "convicted (or released from "
                        + "custody) in a rolling 3-month cohort, the share who committed an offence within the tracking months "
                        + "(the setting reoffending-tracking-months; 12 as nationally, day 365 included) after their first "
                        + "caution, conviction or release in the cohort, proven by a caution or conviction within the tracking "
                        + "months plus 6. Each month shows the cohort whose results became final in it (the cohort ended the "
                        + "tracking months plus 6 before); at the end of a quarter, that quarter's cohort. Quashed outcomes are "
                        + "left out.")
                .source("youth justice outcomes and releases from custody")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return ReoffendingByMonth.binary(cohorts.finalIn(from, to));
    }
}
