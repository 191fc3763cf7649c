package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/**
 * Section 47 enquiries completed in the month whose outcome was an initial child protection
 * conference (outcome {@code ICPC}), as a share of all enquiries completed in the month.
 */
public final class Section47ToConference extends ComputedIndicator<InvolvementRow> {

    public Section47ToConference(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsOverlapping("SECTION_47", window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally().expectingDenominator();
        rows.stream().filter(r -> r.end() != null && YearMonth.from(r.end()).equals(month)).forEach(r -> {
            boolean conference = "ICPC".equals(r.outcomeCode());
            tally.event(r.personId(), "Section 47 enquiry started " + r.start(), r.end(), null,
                    conference ? "Initial conference" : "Outcome " + (r.outcomeCode() == null ? "not recorded"
                            : r.outcomeCode()), conference, true);
        });
        return tally;
    }
}
