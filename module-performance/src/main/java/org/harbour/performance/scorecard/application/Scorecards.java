package org.harbour.performance.scorecard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.spi.access.Requires;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.comparators.domain.ComparatorValue;
import org.harbour.performance.enteredfigures.domain.EnteredValue;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.FigureCalculator;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.populations.application.Populations;
import org.harbour.performance.scorecard.domain.Direction;
import org.harbour.performance.scorecard.domain.Rag;
import org.harbour.performance.snapshots.application.Snapshots;
import org.harbour.performance.snapshots.domain.Snapshot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the scorecard from stored figures (a query for the snapshots' figures, one for entered
 * values, one for comparators); months with nothing stored yet are computed from the records.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class Scorecards {

    public static final String PREVIOUS_YEAR = "previous-year";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private Snapshots snapshots;

    @Inject
    private Populations populations;

    @Inject
    private TodaysFigures todaysFigures;

    public Scorecard scorecard(YearMonth last) {
        return scorecard(last, false);
    }

    /**
     * The scorecard; with {@code drift}, each computed row also knows, for every frozen month, what
     * today's records give where that differs from the frozen figure (numerator or denominator), as
     * {@link TodaysFigures} keeps them: counted again only when records were added or after a minute.
     */
    public Scorecard scorecard(YearMonth last, boolean drift) {
        Window window = Window.thirteenMonthsTo(last);
        Map<YearMonth, Snapshot> stored = snapshots.snapshots(window);
        Map<String, Map<YearMonth, Figure>> figures = new HashMap<>(snapshots.stored(window));
        List<YearMonth> missing = window.months().stream().filter(m -> !stored.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            todaysFigures.now(new Window(missing.get(0), missing.get(missing.size() - 1))).forEach((id, byMonth) ->
                    byMonth.forEach((m, f) -> {
                        if (missing.contains(m)) {
                            figures.computeIfAbsent(id, k -> new HashMap<>()).put(m, f);
                        }
                    }));
        }
        addEntered(window, figures);
        Map<String, Map<String, Double>> comparators = comparators();
        Map<YearMonth, String> statuses = new LinkedHashMap<>();
        window.months().forEach(m -> statuses.put(m, stored.containsKey(m) ? stored.get(m).getStatus() : "LIVE"));
        Map<OutcomeGroup, List<ScorecardRow>> groups = new EnumMap<>(OutcomeGroup.class);
        for (IndicatorDefinition definition : catalogue.all()) {
            Map<YearMonth, Figure> byMonth = figures.getOrDefault(definition.getId(), Map.of());
            List<Figure> series = window.months().stream().map(byMonth::get).toList();
            Double latest = value(series.get(series.size() - 1));
            Double previous = value(series.get(series.size() - 2));
            Map<String, Double> compare = new HashMap<>(comparators.getOrDefault(definition.getId(), Map.of()));
            Double yearAgo = value(series.get(0));
            if (yearAgo != null) {
                compare.put(PREVIOUS_YEAR, yearAgo);
            }
            groups.computeIfAbsent(definition.getGroup(), g -> new ArrayList<>()).add(new ScorecardRow(definition,
                    new ArrayList<>(series), Rag.rate(latest, definition.getTarget(), definition.getTolerancePercent(),
                    definition.getPolarity()), Direction.of(previous, latest, definition.getPolarity()), compare));
        }
        if (drift) {
            addDrift(window, stored, figures, groups);
        }
        return new Scorecard(window.months(), statuses, groups);
    }

    private void addDrift(Window window, Map<YearMonth, Snapshot> stored, Map<String, Map<YearMonth, Figure>> figures,
                          Map<OutcomeGroup, List<ScorecardRow>> groups) {
        List<YearMonth> frozen = window.months().stream()
                .filter(m -> stored.containsKey(m) && stored.get(m).isFrozen()).toList();
        if (frozen.isEmpty()) {
            return;
        }
        Map<String, Map<YearMonth, Figure>> today = todaysFigures.of(new Window(frozen.get(0),
                frozen.get(frozen.size() - 1)));
        groups.replaceAll((group, rows) -> rows.stream().map(row -> {
            Map<YearMonth, Figure> todays = today.get(row.getDefinition().getId());
            Map<YearMonth, Figure> shown = figures.getOrDefault(row.getDefinition().getId(), Map.of());
            if (todays == null) {
                return row;
            }
            return row.withTodays(window.months().stream().map(m -> {
                Figure now = frozen.contains(m) ? todays.get(m) : null;
                Figure then = shown.get(m);
                return now == null || then == null || (now.numerator() == then.numerator()
                        && java.util.Objects.equals(now.denominator(), then.denominator())) ? null : now;
            }).toList());
        }).toList());
    }

    private static Double value(Figure f) {
        return f == null ? null : f.value();
    }

    private void addEntered(Window window, Map<String, Map<YearMonth, Figure>> figures) {
        FigureCalculator calculator = new FigureCalculator(List.of(), populations.byBandAndYear());
        List<EnteredValue> entered = em.createQuery(
                        "select e from EnteredValue e where e.monthStart between :from and :to", EnteredValue.class)
                .setParameter("from", window.from()).setParameter("to", window.to()).getResultList();
        for (EnteredValue e : entered) {
            catalogue.find(e.getIndicatorId()).ifPresent(d -> figures.computeIfAbsent(d.getId(), k -> new HashMap<>())
                    .put(YearMonth.from(e.getMonthStart()),
                            calculator.figure(d.getUnit(), YearMonth.from(e.getMonthStart()), e.getNumerator(),
                                    e.getDenominator())));
        }
    }

    /** The latest period's published comparators, by indicator then comparator kind. */
    public Map<String, Map<String, Double>> comparators() {
        Map<String, Map<String, Double>> result = new HashMap<>();
        em.createQuery("select c from ComparatorValue c order by c.period", ComparatorValue.class).getResultList()
                .forEach(c -> result.computeIfAbsent(c.getIndicatorId(), k -> new HashMap<>())
                        .put(c.getComparator().name(), c.getValue()));
        return result;
    }

    /** One indicator's series over the 13 months to {@code last}. */
    public ScorecardRow series(String indicatorId, YearMonth last) {
        return scorecard(last).rows().stream().filter(r -> r.getDefinition().getId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new org.harbour.core.spi.error.InvalidInputException("indicator",
                        "No indicator '" + indicatorId + "'"));
    }
}
