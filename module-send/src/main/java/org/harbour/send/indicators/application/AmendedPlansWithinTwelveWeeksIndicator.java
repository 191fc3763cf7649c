package org.harbour.send.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.send.indicators.domain.SendCounts;

import java.time.YearMonth;
import java.util.Map;

/** Amended plans issued within 12 weeks of the review meeting: counted by {@link SendCounts}. */
@ApplicationScoped
public class AmendedPlansWithinTwelveWeeksIndicator extends SendIndicator {

    @Override
    public IndicatorSpec spec() {
        return spec("amended-plans-within-12-weeks", "Amended EHC plans issued within 12 weeks of the annual review", IndicatorUnit.PERCENT, IndicatorPolarity.HIGHER_IS_BETTER, null,
                "Amended EHC plans issued in the month after an annual review, on or before the day they were due: 12 calendar weeks after the review meeting, or the phase transfer deadline (15 February, or 31 March for a move into post-16) when that is earlier; out of all amended plans issued in the month.",
                "12 weeks from the review meeting to the amended plan");
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SendCounts.amendedPlansInTime(rows.amendedPlansIssuedBetween(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
