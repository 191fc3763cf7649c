package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.casedata.ActivityRow;
import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Visits of a statutory type or case supervisions in the month, out of which those that came within
 * their timescale of the previous one: the previous visit of the same type at which the child was
 * seen, or the previous supervision of the same case, in the twelve months before. A visit at which
 * the child was not seen stays in the count of visits but is never within timescale (the child was
 * not seen), and the next visit is measured from the last time the child was. Timescales are core's
 * settings (10 working days for CP visits, counted with England's bank holidays). The first one in
 * twelve months has nothing to be measured from and is not counted either way.
 */
public final class WithinTimescale extends ComputedIndicator<ActivityRow> {

    private final String kind;
    private final Function<ActivityRow, Optional<Timescale>> timescaleOf;
    private final Predicate<ActivityRow> done;
    private final Timescales timescales;

    private WithinTimescale(IndicatorDefinition definition, String kind,
                            Function<ActivityRow, Optional<Timescale>> timescaleOf, Predicate<ActivityRow> done,
                            Timescales timescales) {
        super(definition);
        this.kind = kind;
        this.timescaleOf = timescaleOf;
        this.done = done;
        this.timescales = timescales;
    }

    /** A visit type that counts towards no timescale has none ({@code byType} is empty for it). */
    public static WithinTimescale visits(IndicatorDefinition definition, Function<String, Optional<Timescale>> byType,
                                         Timescales timescales) {
        return new WithinTimescale(definition, "VISIT", visit -> byType.apply(visit.visitType()),
                ActivityRow::childSeen, timescales);
    }

    public static WithinTimescale supervisions(IndicatorDefinition definition, Timescale supervision,
                                               Timescales timescales) {
        return new WithinTimescale(definition, "SUPERVISION", supervisionRow -> Optional.of(supervision),
                supervisionRow -> true, timescales);
    }

    @Override
    public List<ActivityRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.activities(kind, window.from().minusMonths(12), window.to());
    }

    /** Visits follow the child and their type; supervisions follow the case. */
    private Object series(ActivityRow row) {
        return "VISIT".equals(kind) ? new VisitSeries(row.personId(), row.visitType()) : row.caseFileId();
    }

    private record VisitSeries(long personId, String visitType) {
    }

    @Override
    public Tally tally(List<ActivityRow> rows, YearMonth month) {
        return tallies(rows, List.of(month)).get(month);
    }

    /** Reads once and walks each series once for all the window's months (not once a month). */
    @Override
    public Map<YearMonth, Tally> compute(CaseDataQueries queries, Window window) throws SQLException {
        return tallies(read(queries, window), window.months());
    }

    /**
     * Each series (a child's visits of one type, a case's supervisions) in date order, once: an event
     * in one of the months, with a previous one in the twelve months before, is one row of that
     * month's tally, in the denominator, and in the numerator when done by its due date.
     */
    Map<YearMonth, Tally> tallies(List<ActivityRow> rows, List<YearMonth> months) {
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        months.forEach(m -> tallies.put(m, new Tally().expectingDenominator()));
        Map<Object, List<ActivityRow>> bySeries = new HashMap<>();
        for (ActivityRow row : rows) {
            if (timescaleOf.apply(row).isPresent()) {
                bySeries.computeIfAbsent(series(row), k -> new ArrayList<>()).add(row);
            }
        }
        Comparator<ActivityRow> order = Comparator.comparing(ActivityRow::occurredOn).thenComparingLong(ActivityRow::id);
        for (List<ActivityRow> series : bySeries.values()) {
            series.sort(order);
            LocalDate previous = null;
            for (ActivityRow current : series) {
                Tally tally = tallies.get(YearMonth.from(current.occurredOn()));
                if (tally != null && previous != null && !previous.isBefore(current.occurredOn().minusMonths(12))) {
                    LocalDate due = timescales.dueDate(previous, timescaleOf.apply(current).orElseThrow());
                    boolean done = this.done.test(current);
                    boolean onTime = done && !current.occurredOn().isAfter(due);
                    tally.event(current.personId(), what(current), current.occurredOn(), due,
                            !done ? "Child not seen" : onTime ? "On time" : "Late", onTime, true);
                }
                if (this.done.test(current)) {
                    previous = current.occurredOn();
                }
            }
        }
        return tallies;
    }

    private String what(ActivityRow row) {
        return "VISIT".equals(kind) ? "Visit (" + row.visitType() + ")" : "Supervision";
    }
}
