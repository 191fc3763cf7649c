package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.CustodialSentences;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: the YJB's custody rate, custodial sentences per 1,000 children aged 10-17. */
@ApplicationScoped
public class CustodyRateIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "custody-rate")
                .title("Use of custody: custodial sentences per 1,000 aged 10-17")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.RATE_PER_1000_AGED_10_TO_17)
                .polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Custodial sentences (detention and training orders, sections 250, 254 and 259) given in the month, "
                        + "per 1,000 children aged 10-17 of the year's population. The same type of sentence to the same child "
                        + "on the same day counts once; a sentence quashed on appeal is not counted; remands are not sentences.")
                .source("youth justice outcomes; the scorecard's 10-17 population")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return CustodialSentences.count(rows.outcomesUntil(to.atEndOfMonth()).stream()
                .filter(o -> !o.outcomeOn().isBefore(from.atDay(1))).toList(), from, to);
    }
}
