package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.casedata.ActivityRow;
import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
        return "VISIT".equals(kind) ? row.personId() + ":" + row.visitType() : row.caseFileId();
    }

    @Override
    public Tally tally(List<ActivityRow> rows, YearMonth month) {
        Map<Object, List<ActivityRow>> bySeries = rows.stream().filter(r -> timescaleOf.apply(r).isPresent())
                .collect(Collectors.groupingBy(this::series));
        Tally tally = new Tally().expectingDenominator();
        for (List<ActivityRow> series : bySeries.values()) {
            List<ActivityRow> ordered = series.stream()
                    .sorted(Comparator.comparing(ActivityRow::occurredOn).thenComparing(ActivityRow::id)).toList();
            LocalDate previous = null;
            for (ActivityRow current : ordered) {
                if (YearMonth.from(current.occurredOn()).equals(month) && previous != null
                        && !previous.isBefore(current.occurredOn().minusMonths(12))) {
                    tally.outOf(current.personId());
                    LocalDate due = timescales.dueDate(previous, timescaleOf.apply(current).orElseThrow());
                    if (done.test(current) && !current.occurredOn().isAfter(due)) {
                        tally.count(current.personId());
                    }
                }
                if (done.test(current)) {
                    previous = current.occurredOn();
                }
            }
        }
        return tally;
    }
}
