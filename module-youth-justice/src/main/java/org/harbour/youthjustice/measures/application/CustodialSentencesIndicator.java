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

/** For the scorecard: custodial sentences given to the service's children in the month. */
@ApplicationScoped
public class CustodialSentencesIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "custodial-sentences")
                .title("Custodial sentences")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.COUNT).polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Custodial sentences (detention and training orders, sections 250 and 259) given in the month. "
                        + "Sentences of the same type to the same child on the same day count once; a sentence quashed on "
                        + "appeal is not counted. Remands are counted apart.")
                .source("youth justice outcomes")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return CustodialSentences.count(rows.outcomesUntil(to.atEndOfMonth()).stream()
                .filter(o -> !o.outcomeOn().isBefore(from.atDay(1))).toList(), from, to);
    }
}
