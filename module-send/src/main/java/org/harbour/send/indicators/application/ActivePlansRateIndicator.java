package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/**
 * Active EHC plans per 10,000 aged 0-25: the same children as {@link ActivePlansIndicator}, the
 * scorecard dividing by the 0-25 population the analyst enters for the month's year.
 */
@ApplicationScoped
public class ActivePlansRateIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("active-plans-rate", "Active EHC plans per 10,000 aged 0-25", IndicatorUnit.RATE_PER_10000_AGED_0_TO_25,
                IndicatorPolarity.NEITHER, null,
                "Children and young people with an EHC plan issued on or before the last day of the month and not "
                        + "ceased by it, counted once each at the end of the month, per 10,000 residents aged 0 to 25 "
                        + "(ONS mid-year estimate for the calendar year, entered with the scorecard's populations).",
                null, SOURCE + "; ONS mid-year population estimates");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.activePlans(rows.plansActiveBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
