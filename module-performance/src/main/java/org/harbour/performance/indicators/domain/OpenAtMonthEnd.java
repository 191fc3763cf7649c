package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Children with an involvement of one kind (CIN plan, CP plan, looked-after period) open at the end
 * of the month's last day: started on or before it and not ended on or before it. A plan ending on
 * 31 October is not open at the end of October. Each child counts once however many are open.
 */
public final class OpenAtMonthEnd extends ComputedIndicator<InvolvementRow> {

    private final String kind;

    public OpenAtMonthEnd(IndicatorDefinition definition, String kind) {
        super(definition);
        this.kind = kind;
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsOverlapping(kind, window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally();
        rows.stream().filter(r -> r.openAt(end)).map(InvolvementRow::personId).distinct().forEach(tally::count);
        return tally;
    }
}
