package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Decisions whether to assess made within 6 weeks: counted by {@link SendCounts}. */
@ApplicationScoped
public class DecisionsWithinSixWeeksIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("decisions-within-6-weeks", "Decisions whether to assess made within 6 weeks", IndicatorUnit.PERCENT, IndicatorPolarity.HIGHER_IS_BETTER, 90.0,
                "Decisions whether to carry out an EHC needs assessment (to assess or not) made in the month within 6 calendar weeks of the request, out of all such decisions made in the month.",
                "6 weeks from the request to the decision whether to assess");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.decisionsWithinSixWeeks(rows.decisionsBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
