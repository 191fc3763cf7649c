package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Out-of-city placements at the month end: counted by {@link SendCounts}. */
@ApplicationScoped
public class OutOfCityPlacementsIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("out-of-city-placements", "Children placed out of the city by their EHC plan", IndicatorUnit.COUNT, IndicatorPolarity.LOWER_IS_BETTER, null,
                "Children and young people whose EHC plan, active at the end of the month, names a school, college or other setting outside the city (the setting as the plan names it now).",
                null);
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.outOfCityPlacements(rows.plansActiveBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
