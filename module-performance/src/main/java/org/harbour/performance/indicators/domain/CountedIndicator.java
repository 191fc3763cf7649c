package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;

/**
 * An indicator whose figures are counted from records rather than entered: one of this module's
 * computed indicators (from core's case data) or a module's indicator (from its own records). The
 * scorecard, snapshots and drill-down treat both alike.
 */
public interface CountedIndicator {

    IndicatorDefinition definition();

    default String id() {
        return definition().getId();
    }

    /** Every month of the window, tallied from the records; {@code queries} serve core's case data. */
    Map<YearMonth, Tally> compute(CaseDataQueries queries, Window window) throws SQLException;
}
