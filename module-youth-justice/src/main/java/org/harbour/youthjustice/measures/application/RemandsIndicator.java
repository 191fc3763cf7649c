package org.harbour.youthjustice.measures.application;

import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.RemandStarts;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: remands of one kind that began in the month, counted apart from sentences. */
abstract class RemandsIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    private final String kind;
    private final String key;
    private final String where;

    RemandsIndicator(String kind, String key, String where) {
        this.kind = kind;
        this.key = key;
        this.where = where;
    }

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, key)
                .title("Remands to " + where)
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.COUNT).polarity(IndicatorPolarity.LOWER_IS_BETTER)
                .definition("Remands of children to " + where + " that began in the month. Each makes the child looked "
                        + "after (legal status J1) for as long as it lasts.")
                .source("youth justice remands")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return RemandStarts.count(rows.remandsStarted(from.atDay(1), to.atEndOfMonth()), kind, from, to);
    }
}
