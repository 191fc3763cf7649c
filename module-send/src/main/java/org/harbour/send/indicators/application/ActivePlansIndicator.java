package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Active EHC plans at the month end: counted by {@link SendCounts}. */
@ApplicationScoped
public class ActivePlansIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("active-plans", "Active EHC plans at the month end", IndicatorUnit.COUNT, IndicatorPolarity.NEITHER, null,
                "EHC plans issued on or before the last day of the month and not ceased by it, counted at the end of the month.",
                null);
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.activePlans(rows.plansActiveBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
