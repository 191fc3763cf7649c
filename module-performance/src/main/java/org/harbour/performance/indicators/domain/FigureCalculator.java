package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.performance.populations.domain.AgeBand;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns tallies into figures: each set of rows is read once for the whole window and every
 * indicator needing it (see {@link CaseDataQueries#rememberingRows()}), then each
 * month's numerator and denominator become a value, rates dividing by the population of the
 * month's calendar year. Plain Java on a connection, so the benchmark runs exactly this.
 */
public final class FigureCalculator {

    private static final Logger LOG = Logger.getLogger(FigureCalculator.class.getName());

    private final List<? extends CountedIndicator> indicators;
    private final Map<AgeBand, Map<Integer, Long>> populations;

    public FigureCalculator(List<? extends CountedIndicator> indicators, Map<AgeBand, Map<Integer, Long>> populations) {
        this.indicators = indicators;
        this.populations = populations;
    }

    /**
     * Figures by indicator id, then by month. A module's indicator that fails is logged and left
     * out (no figure, so nothing frozen for it), rather than stopping every other indicator.
     */
    public Map<String, Map<YearMonth, Figure>> compute(CaseDataQueries queries, Window window) throws SQLException {
        // Indicators over the same records (children in care and its rate, entrants and leavers, the
        // four placement sorts, both caseload measures) share one read of them.
        queries = queries.rememberingRows();
        Map<String, Map<YearMonth, Figure>> figures = new LinkedHashMap<>();
        for (CountedIndicator indicator : indicators) {
            Map<YearMonth, Tally> tallies;
            try {
                tallies = indicator.compute(queries, window);
            } catch (RuntimeException e) {
                if (indicator instanceof ComputedIndicator<?>) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Indicator " + indicator.id() + " could not be counted for " + window, e);
                continue;
            }
            Map<YearMonth, Figure> byMonth = new LinkedHashMap<>();
            tallies.forEach((month, tally) -> byMonth.put(month, figure(indicator.definition(), month, tally)));
            figures.put(indicator.id(), byMonth);
        }
        return figures;
    }

    public Figure figure(IndicatorDefinition definition, YearMonth month, Tally tally) {
        return figure(definition.getUnit(), month, tally.numerator(), tally.denominator());
    }

    public Figure figure(Unit unit, YearMonth month, long numerator, Long denominator) {
        AgeBand band = unit.ageBand();
        Long population = band == null ? null : populations.getOrDefault(band, Map.of()).get(month.getYear());
        var value = unit.value(numerator, denominator, population);
        return new Figure(numerator, denominator, population, value.isPresent() ? value.getAsDouble() : null);
    }
}
