package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** The cost a year of out-of-city placements at the month end: counted by {@link SendCounts}. */
@ApplicationScoped
public class OutOfCityCostIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("out-of-city-cost", "Cost a year of out-of-city placements (GBP)", IndicatorUnit.COUNT, IndicatorPolarity.LOWER_IS_BETTER, null,
                "The cost a year, in whole pounds, of the out-of-city places named by EHC plans active at the end of the month, at each setting's cost a year per place on the settings register today. A place whose setting has no cost recorded adds nothing here; the out-of-city placements measure counts it.",
                null, SOURCE + "; the settings register's cost a year per place");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.outOfCityCost(rows.plansActiveBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
