package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caseloads at month end from allocations held at the end of the month's last day: either the
 * average number of children per caseholder (children allocated / workers holding a case), or the
 * number of caseholders holding more than a limit of children.
 */
public final class Caseloads extends ComputedIndicator<AllocationRow> {

    private final Integer overLimit;

    private Caseloads(IndicatorDefinition definition, Integer overLimit) {
        super(definition);
        this.overLimit = overLimit;
    }

    public static Caseloads perWorker(IndicatorDefinition definition) {
        return new Caseloads(definition, null);
    }

    /** Caseholders with at least {@code limit} children. */
    public static Caseloads holdersWithAtLeast(IndicatorDefinition definition, int limit) {
        return new Caseloads(definition, limit);
    }

    @Override
    public List<AllocationRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.allocationsOverlapping(window.first().atEndOfMonth(), window.to());
    }

    @Override
    public Tally tally(List<AllocationRow> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Map<Long, Set<Long>> childrenByWorker = rows.stream().filter(a -> a.heldAt(end))
                .collect(Collectors.groupingBy(AllocationRow::workerId,
                        Collectors.mapping(AllocationRow::personId, Collectors.toSet())));
        Tally tally = new Tally();
        if (overLimit == null) {
            childrenByWorker.values().forEach(children -> children.forEach(tally::count));
            tally.withDenominator(childrenByWorker.size());
        } else {
            childrenByWorker.values().stream().filter(children -> children.size() >= overLimit)
                    .forEach(children -> tally.count(1, children));
        }
        return tally;
    }
}
