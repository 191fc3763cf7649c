package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** Looked-after children with an active plan at the month end: counted by {@link SendCounts}. */
@ApplicationScoped
public class LookedAfterWithPlanIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("looked-after-with-plan", "Looked-after children with an EHC plan", IndicatorUnit.PERCENT, IndicatorPolarity.NEITHER, null,
                "Children looked after by the council at the end of the month who have an EHC plan active then, out of all children looked after at the end of the month (the looked-after periods of the case record).",
                null, SOURCE + "; looked-after periods from the children's case record");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        return SendCounts.lookedAfterWithPlan(rows.lookedAfterBetween(first, last), rows.plansActiveBetween(first, last), from, to);
    }
}
