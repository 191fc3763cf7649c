package org.harbour.performance.slices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.slices.domain.ChildFacts;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a counted indicator's rows for a month (the drill-down's rows, as today's records give them)
 * with the facts about their children, on one connection: their characteristics, the month's
 * allocations and placement episodes, the teams' and workers' names. Callers check permissions.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class RowReader {

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private CaseData caseData;

    public CountedIndicator indicator(String indicatorId) {
        return catalogue.counted(indicatorId == null ? "" : indicatorId).orElseThrow(() -> new InvalidInputException(
                "indicator", "'" + indicatorId + "' is not an indicator counted from records, so it has no rows"));
    }

    public MonthRows read(String indicatorId, YearMonth month) {
        CountedIndicator indicator = indicator(indicatorId);
        return caseData.read(queries -> {
            Tally tally = indicator.compute(queries, Window.single(month)).get(month);
            return new MonthRows(indicator, tally, facts(queries, tally.items(), month));
        });
    }

    private static ChildFacts facts(CaseDataQueries queries, List<Item> items, YearMonth month) throws SQLException {
        Set<Long> children = new TreeSet<>();
        items.stream().map(Item::personId).filter(Objects::nonNull).forEach(children::add);
        if (children.isEmpty()) {
            return new ChildFacts(List.of(), List.of(), List.of(), Map.of(), Map.of());
        }
        // Rows are sliced at their date within the month or at its end: the month's allocations and episodes do.
        List<AllocationRow> allocations = queries.allocationsOverlapping(month.atDay(1), month.atEndOfMonth())
                .stream().filter(a -> children.contains(a.personId())).toList();
        Set<Long> workerIds = new TreeSet<>();
        allocations.forEach(a -> workerIds.add(a.workerId()));
        Map<Long, String> workers = new HashMap<>();
        List<Long> ids = new ArrayList<>(workerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            workers.putAll(queries.staffNames(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return new ChildFacts(queries.persons(children), allocations,
                queries.episodesOverlapping(month.atDay(1), month.atEndOfMonth()).stream()
                        .filter(e -> children.contains(e.personId())).toList(),
                queries.serviceAreaNames(), workers);
    }
}
