package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** EHC plans issued within 20 weeks (excluding exceptions): counted by {@link SendCounts}. */
@ApplicationScoped
public class PlansWithinTwentyWeeksIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("plans-within-20-weeks", "EHC plans issued within 20 weeks (excluding exceptions)", IndicatorUnit.PERCENT, IndicatorPolarity.HIGHER_IS_BETTER, 60.0,
                "Final EHC plans issued in the month within 20 calendar weeks of the request (on or before the day 20 weeks after it), out of all final plans issued in the month. Exceptions do not count: the clock never stops.",
                "20 weeks from the request to the final plan");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.plansWithinTwentyWeeks(rows.plansIssuedBetween(from.atDay(1), to.atEndOfMonth()), false, from, to);
    }
}
