package org.harbour.performance.application;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.performance.domain.AgeBand;
import org.harbour.performance.domain.IndicatorDefinition;
import org.harbour.performance.domain.Unit;
import org.harbour.performance.domain.indicators.ComputedIndicator;
import org.harbour.performance.domain.indicators.Tally;
import org.harbour.performance.domain.indicators.Window;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns tallies into figures: each indicator reads its rows once for the whole window, then each
 * month's numerator and denominator become a value, rates dividing by the population of the
 * month's calendar year. Plain Java on a connection, so the benchmark runs exactly this.
 */
public final class FigureCalculator {

    private final List<ComputedIndicator<?>> indicators;
    private final Map<AgeBand, Map<Integer, Long>> populations;

    public FigureCalculator(List<ComputedIndicator<?>> indicators, Map<AgeBand, Map<Integer, Long>> populations) {
        this.indicators = indicators;
        this.populations = populations;
    }

    /** Figures by indicator id, then by month. */
    public Map<String, Map<YearMonth, Figure>> compute(CaseDataQueries queries, Window window) throws SQLException {
        Map<String, Map<YearMonth, Figure>> figures = new LinkedHashMap<>();
        for (ComputedIndicator<?> indicator : indicators) {
            Map<YearMonth, Figure> byMonth = new LinkedHashMap<>();
            indicator.compute(queries, window).forEach((month, tally) -> byMonth.put(month,
                    figure(indicator.definition(), month, tally)));
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
