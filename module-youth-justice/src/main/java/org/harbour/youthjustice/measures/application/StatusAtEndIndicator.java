package org.harbour.youthjustice.measures.application;

import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.StatusShare;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** A YJB KPI counted from the statuses taken at the end of orders and interventions (percentages, month by month). */
abstract class StatusAtEndIndicator implements ModuleIndicator {

    static final String SOURCE = "youth justice statuses taken at the end of orders and interventions";

    @Inject
    private MeasureRowsRepository rows;

    protected abstract StatusShare share();

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return share().count(rows.statusesAtEnd(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
