package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.OutOfCourtCompletion;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: the YJB KPI "Out-of-court disposal interventions completed". */
@ApplicationScoped
public class OutOfCourtCompletionIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "out-of-court-completed")
                .title("Out-of-court disposal interventions completed")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition("Interventions ending in the month that carried out an out-of-court disposal (the child's latest "
                        + "outcome on or before the intervention's start, not quashed, is on the out-of-court rung), the share "
                        + "completed. Each child once in the month, by the last such intervention to end in it. YJB KPI 6, version 1 (April 2023).")
                .source("youth justice interventions and outcomes")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return OutOfCourtCompletion.count(rows.interventionsEnded(from.atDay(1), to.atEndOfMonth()),
                rows.outcomesUntil(to.atEndOfMonth()), from, to);
    }
}
