package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.FirstTimeEntrants;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: first time entrants to the youth justice system, per 100,000 aged 10-17. */
@ApplicationScoped
public class FirstTimeEntrantsIndicator implements ModuleIndicator {

    private static final java.time.LocalDate LATEST = java.time.LocalDate.of(9999, 12, 31);

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "first-time-entrants")
                .title("First time entrants to the youth justice system")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.RATE_PER_100000_AGED_10_TO_17)
                .polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Children receiving their first youth caution, youth conditional caution or court conviction, "
                        + "counted in the month of the offence (cautions) or of the court's outcome (convictions), per "
                        + "100,000 children aged 10-17. Community resolutions, Outcome 22, no further action and "
                        + "prevention make no first time entrant; a conviction quashed on appeal is as if never given.")
                .source("youth justice outcomes and offences")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        // Every outcome recorded so far: a caution given later is dated by its offence, so it can make an
        // earlier month's entrant (the month-end figure is then recalculated), and it can show that a child
        // counted in a later month entered earlier.
        return FirstTimeEntrants.count(rows.outcomesUntil(LATEST), from, to);
    }
}
