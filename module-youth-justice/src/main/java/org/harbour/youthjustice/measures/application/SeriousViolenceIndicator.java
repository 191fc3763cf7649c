package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.SeriousViolence;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: the YJB's serious violence KPI, proven offences per 10,000 children aged 10-17. */
@ApplicationScoped
public class SeriousViolenceIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "serious-violence")
                .title("Serious violence: proven offences per 10,000 aged 10-17")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.RATE_PER_10000_AGED_10_TO_17)
                .polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Proven offences of serious violence (drug, robbery and violence-against-the-person offences of "
                        + "gravity 5 or more) by children, each offence once in the month of its first caution or conviction, "
                        + "per 10,000 children aged 10-17. Diverted offences and convictions quashed on appeal are not proven.")
                .source("youth justice offences and outcomes; the scorecard's 10-17 population")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return SeriousViolence.count(rows.outcomesUntil(to.atEndOfMonth()), rows.seriousViolenceOffences(), from, to);
    }
}
