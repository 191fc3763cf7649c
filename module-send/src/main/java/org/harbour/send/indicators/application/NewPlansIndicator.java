package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** New EHC plans issued: counted by {@link SendCounts}. */
@ApplicationScoped
public class NewPlansIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("new-plans", "New EHC plans issued", IndicatorUnit.COUNT, IndicatorPolarity.NEITHER, null,
                "Final EHC plans issued in the month after an EHC needs assessment.",
                null);
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.newPlans(rows.plansIssuedBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
