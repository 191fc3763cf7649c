package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.measures.domain.BoardAttendance;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/** For the scorecard: the YJB KPI "Management board attendance" of the statutory partners. */
@ApplicationScoped
public class BoardAttendanceIndicator implements ModuleIndicator {

    @Inject
    private MeasureRowsRepository rows;

    @Override
    public IndicatorSpec spec() {
        return IndicatorSpec.of(Measures.MODULE, "board-attendance")
                .title("Management board attendance of statutory partners")
                .outcomeGroup("RIGHT_SUPPORT").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .definition("Of the statutory partners' places at the management board's meetings in the month (local authority "
                        + "children's services and education, police, probation, health: five a meeting), the share taken. "
                        + "Other partners are not counted. No month without a meeting has a figure. YJB KPI 7, version 1 (April 2023).")
                .source("youth justice management board meetings and the partners present")
                .build();
    }

    @Override
    public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
        return BoardAttendance.count(rows.boardMeetings(from.atDay(1), to.atEndOfMonth()), from, to);
    }
}
