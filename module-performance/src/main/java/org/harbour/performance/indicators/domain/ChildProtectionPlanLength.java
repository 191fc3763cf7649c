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
 * Child protection plans that lasted two years or more: either of the plans that ended in the month
 * (each plan a row: the DfE's "plans ceasing which lasted 2 years or more"), or of the children on
 * a plan at month end (each child once: "children on a plan for 2 years or more"). A plan lasts two
 * years on the same date two years after it started: one from 15 October 2010 ending on 15 October
 * 2012 has lasted two years; ending on 14 October it has not.
 */
public final class ChildProtectionPlanLength extends ComputedIndicator<InvolvementRow> {

    public enum Measured { ENDED_IN_MONTH, OPEN_AT_MONTH_END }

    private final Measured measured;

    public ChildProtectionPlanLength(IndicatorDefinition definition, Measured measured) {
        super(definition);
        this.measured = measured;
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.involvementsOverlapping("CP_PLAN", window.from(), window.to());
    }

    static LocalDate twoYearsOn(InvolvementRow plan) {
        return plan.start().plusYears(2);
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally().expectingDenominator();
        if (measured == Measured.ENDED_IN_MONTH) {
            rows.stream().filter(r -> r.end() != null && YearMonth.from(r.end()).equals(month))
                    .sorted(Comparator.comparing(InvolvementRow::end).thenComparingLong(InvolvementRow::id))
                    .forEach(plan -> {
                        boolean twoYears = !plan.end().isBefore(twoYearsOn(plan));
                        tally.event(plan.personId(), "Child protection plan started " + plan.start(), plan.end(),
                                twoYearsOn(plan), twoYears ? "Lasted 2 years or more" : "Under 2 years", twoYears,
                                true);
                    });
            return tally;
        }
        LocalDate end = month.atEndOfMonth();
        Map<Long, LocalDate> earliestOpen = new TreeMap<>();
        rows.stream().filter(r -> r.openAt(end))
                .forEach(r -> earliestOpen.merge(r.personId(), r.start(), (a, b) -> a.isBefore(b) ? a : b));
        earliestOpen.forEach((child, start) -> {
            tally.outOf(child);
            if (!end.isBefore(start.plusYears(2))) {
                tally.count(child);
            }
        });
        return tally;
    }
}
