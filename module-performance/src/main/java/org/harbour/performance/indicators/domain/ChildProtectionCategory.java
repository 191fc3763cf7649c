package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Children on a child protection plan at month end whose plan's initial category of abuse is one
 * category (NEG, PHY, SAB, EMO, MUL), out of all children on a plan at month end: the DfE's
 * "children on a plan by initial category of abuse". A child on two plans at once is counted by
 * the one that started last; a plan with no category recorded counts only in the denominator.
 */
public final class ChildProtectionCategory extends ComputedIndicator<InvolvementRow> {

    private final String category;

    public ChildProtectionCategory(IndicatorDefinition definition, String category) {
        super(definition);
        this.category = category;
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsOverlapping("CP_PLAN", window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Map<Long, InvolvementRow> latest = new TreeMap<>();
        Comparator<InvolvementRow> order = Comparator.comparing(InvolvementRow::start)
                .thenComparingLong(InvolvementRow::id);
        rows.stream().filter(r -> r.openAt(end))
                .forEach(r -> latest.merge(r.personId(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b));
        Tally tally = new Tally().expectingDenominator();
        latest.forEach((child, plan) -> {
            tally.outOf(child);
            if (category.equals(plan.categoryCode())) {
                tally.count(child);
            }
        });
        return tally;
    }
}
