package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Child protection plans that began in the month for a child who had been on a plan before (at any
 * time, however long ago), as a share of all plans that began in the month.
 */
public final class SecondCpPlans extends ComputedIndicator<InvolvementRow> {

    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    public SecondCpPlans(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsStarted("CP_PLAN", BEGINNING, window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Map<Long, List<InvolvementRow>> byChild = rows.stream().collect(Collectors.groupingBy(InvolvementRow::personId));
        Tally tally = new Tally().expectingDenominator();
        rows.stream().filter(r -> YearMonth.from(r.start()).equals(month)).forEach(plan -> {
            boolean before = byChild.get(plan.personId()).stream().anyMatch(other -> other.start().isBefore(plan.start())
                    || other.start().equals(plan.start()) && other.id() < plan.id());
            tally.event(plan.personId(), "Child protection plan", plan.start(), null,
                    before ? "Second or later plan" : "First plan", before, true);
        });
        return tally;
    }
}
