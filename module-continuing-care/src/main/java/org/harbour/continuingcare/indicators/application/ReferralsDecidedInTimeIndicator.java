package org.harbour.continuingcare.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.continuingcare.indicators.domain.ReferralsDecidedInTime;
import org.harbour.continuingcare.indicators.infrastructure.IndicatorRowsRepository;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;

import java.time.YearMonth;
import java.util.Map;

/**
 * For the scorecard: referrals decided in the month within the module's expected weeks from
 * referral to decision, out of all decided in the month. Reads in the
 * caller's transaction, if any, so it sees what the caller has written.
 */
@ApplicationScoped
public class ReferralsDecidedInTimeIndicator implements ModuleIndicator {

    @Inject
    private IndicatorRowsRepository rows;

    @Inject
    private IndicatorSettings settings;

    @Override
    public IndicatorSpec spec() {
        int weeks = settings.expectedWeeks();
        return IndicatorSpec.of(IndicatorSettings.MODULE, "referrals-decided-in-time")
                .title("Continuing care referrals decided within the expected weeks")
                .outcomeGroup("PRACTICE").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .target(90.0)
                .definition("Continuing care referrals whose funding decision fell in the month and came within the "
                        + "expected weeks of the referral (at most " + weeks + " x 7 calendar days, the day of "
                        + "referral not counted), out of all referrals decided in the month. A deferral by the panel "
                        + "is not a decision.")
                .source("continuing care referrals: date referred and date of the panel's decision")
                .expectedTimescale(weeks + " weeks from referral to decision (continuing care setting "
                        + IndicatorSettings.EXPECTED_WEEKS + ")")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return ReferralsDecidedInTime.count(rows.decidedBetween(from.atDay(1), to.atEndOfMonth()),
                settings.expectedWeeks(), from, to);
    }
}
