package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** EHC plans issued within 20 weeks (including exceptions): counted by {@link SendCounts}. */
@ApplicationScoped
public class PlansWithinTwentyWeeksWithExceptionsIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("plans-within-20-weeks-with-exceptions", "EHC plans issued within 20 weeks (including exceptions)", IndicatorUnit.PERCENT, IndicatorPolarity.HIGHER_IS_BETTER, 60.0,
                "Final EHC plans issued in the month within 20 weeks of the request, or late by no more days than permitted exceptions (grounds a to d) applied within the 20 weeks, out of all final plans issued in the month.",
                "20 weeks from the request to the final plan, allowing recorded exceptions");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.plansWithinTwentyWeeks(rows.plansIssuedBetween(from.atDay(1), to.atEndOfMonth()), true, from, to);
    }
}
