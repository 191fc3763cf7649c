package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/** Involvements of one kind (contacts, referrals, strategy discussions, section 47s) that began in the month. */
public final class StartedInMonth extends ComputedIndicator<InvolvementRow> {

    private final String kind;
    private final String what;

    public StartedInMonth(IndicatorDefinition definition, String kind) {
        super(definition);
        this.kind = kind;
        this.what = Events.kindInWords(kind);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsStarted(kind, window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally();
        rows.stream().filter(r -> YearMonth.from(r.start()).equals(month))
                .forEach(r -> tally.event(r.personId(), what, r.start(), null, "Started", true, false));
        return tally;
    }
}
