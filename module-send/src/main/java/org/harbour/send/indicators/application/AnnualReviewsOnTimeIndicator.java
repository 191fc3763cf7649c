package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Annual reviews held on time: counted by {@link SendCounts}. */
@ApplicationScoped
public class AnnualReviewsOnTimeIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("annual-reviews-on-time", "Annual reviews held on time", IndicatorUnit.PERCENT, IndicatorPolarity.HIGHER_IS_BETTER, 90.0,
                "Annual review meetings held in the month on or before the day they were due (12 months after the plan was issued or last reviewed), out of all review meetings held in the month.",
                "12 months between annual reviews");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.reviewsOnTime(rows.reviewsHeldBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
