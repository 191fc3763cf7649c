package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/** Single assessments authorised in the month (as a number, or a rate when the definition's unit is one). */
public final class AssessmentsCompleted extends ComputedIndicator<InvolvementRow> {

    public AssessmentsCompleted(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.assessmentsCompleted(window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally();
        rows.stream().filter(r -> YearMonth.from(r.completedOn()).equals(month)).forEach(r -> tally.event(r.personId(),
                "Assessment started " + r.start(), r.completedOn(), null, "Authorised", true, false));
        return tally;
    }
}
