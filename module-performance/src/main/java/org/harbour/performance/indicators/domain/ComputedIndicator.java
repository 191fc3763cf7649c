package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator computed from core's case data: it reads its rows for a whole window at once (one
 * query, whatever the number of months or children) and then tallies each month in memory. The
 * tally is plain Java over rows, so tests check it against hand-worked histories.
 *
 * @param <R> the rows the indicator reads
 */
public abstract class ComputedIndicator<R> implements CountedIndicator {

    private final IndicatorDefinition definition;

    protected ComputedIndicator(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** Reads every row the window's months need, including any look-back. */
    public abstract List<R> read(CaseDataQueries queries, Window window) throws SQLException;

    /** Counts one month from rows read for a window holding it. */
    public abstract Tally tally(List<R> rows, YearMonth month);

    /** Reads once and tallies every month of the window. */
    @Override
    public Map<YearMonth, Tally> compute(CaseDataQueries queries, Window window) throws SQLException {
        List<R> rows = read(queries, window);
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        for (YearMonth month : window.months()) {
            tallies.put(month, tally(rows, month));
        }
        return tallies;
    }
}
