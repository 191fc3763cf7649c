package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Active plans with a personal budget at the month end: counted by {@link SendCounts}. */
@ApplicationScoped
public class PersonalBudgetsIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("personal-budgets", "EHC plans with a personal budget", IndicatorUnit.PERCENT, IndicatorPolarity.NEITHER, null,
                "Children and young people whose EHC plan, active at the end of the month, has a personal budget (organised arrangements, direct payments or both, as the plan records it now), out of all with an active EHC plan at the end of the month.",
                null);
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.personalBudgets(rows.plansActiveBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
