package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Children who started (entrants) or ceased (leavers) to be looked after in the month, each child
 * once a month. A child who leaves care and comes back is an entrant again in the month of return.
 */
public final class CareBoundary extends ComputedIndicator<InvolvementRow> {

    public enum Edge { STARTED, CEASED }

    private final Edge edge;

    public CareBoundary(IndicatorDefinition definition, Edge edge) {
        super(definition);
        this.edge = edge;
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsOverlapping("LOOKED_AFTER", window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally();
        rows.stream().filter(r -> {
            LocalDate day = edge == Edge.STARTED ? r.start() : r.end();
            return day != null && YearMonth.from(day).equals(month);
        }).map(InvolvementRow::personId).distinct().forEach(tally::count);
        return tally;
    }
}
