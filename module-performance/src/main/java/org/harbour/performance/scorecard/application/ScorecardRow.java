package org.harbour.performance.scorecard.application;


import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.scorecard.domain.Direction;
import org.harbour.performance.scorecard.domain.Rag;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One indicator's line of the scorecard: its 13 monthly figures, the latest rating and its comparators. */
public final class ScorecardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final IndicatorDefinition definition;
    private final List<Figure> figures;
    private final Rag rag;
    private final Direction direction;
    private final Map<String, Double> comparators;
    /** Today's records' figure for each frozen month that no longer matches its frozen figure, else null. */
    private final List<Figure> todays;

    public ScorecardRow(IndicatorDefinition definition, List<Figure> figures, Rag rag, Direction direction,
                        Map<String, Double> comparators) {
        this.definition = definition;
        this.figures = figures;
        this.rag = rag;
        this.direction = direction;
        this.comparators = comparators;
        this.todays = null;
    }

    private ScorecardRow(ScorecardRow row, List<Figure> todays) {
        this.definition = row.definition;
        this.figures = row.figures;
        this.rag = row.rag;
        this.direction = row.direction;
        this.comparators = row.comparators;
        this.todays = todays;
    }

    /** The same row, knowing what today's records give for its frozen months (null where they agree). */
    public ScorecardRow withTodays(List<Figure> todays) {
        return new ScorecardRow(this, todays);
    }

    /**
     * For each month, how far today's records differ from the frozen figure, as "frozen 10/12, today
     * 11/13" (numerator and denominator), or "" where they agree or the month is not frozen.
     */
    public List<String> getDrifts() {
        List<String> drifts = new java.util.ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure today = todays == null ? null : todays.get(i);
            Figure frozen = figures.get(i);
            drifts.add(today == null || frozen == null ? "" : "frozen " + counted(frozen) + ", today " + counted(today));
        }
        return drifts;
    }

    /** True when a frozen month of the row differs from today's records. */
    public boolean isDrifted() {
        return todays != null && todays.stream().anyMatch(java.util.Objects::nonNull);
    }

    private static String counted(Figure f) {
        return f.denominator() == null ? Long.toString(f.numerator()) : f.numerator() + "/" + f.denominator();
    }

    public IndicatorDefinition getDefinition() {
        return definition;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    /** Values as text, one per month ("" where none). */
    public List<String> getCells() {
        return figures.stream().map(f -> f == null ? "" : definition.format(f.value())).toList();
    }

    public Double getLatest() {
        Figure last = figures.get(figures.size() - 1);
        return last == null ? null : last.value();
    }

    public Rag getRag() {
        return rag;
    }

    public Direction getDirection() {
        return direction;
    }

    /** The comparator key of the same month a year before. */
    public static final String PREVIOUS_YEAR = "previous-year";

    /**
     * Every comparator a row can have, keyed as {@link #getComparators()} holds them, with the words
     * for its column: the previous year, then each published comparator the catalogue imports.
     */
    public static java.util.Map<String, String> comparatorColumns() {
        java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
        columns.put(PREVIOUS_YEAR, "Previous year");
        for (org.harbour.performance.comparators.domain.ComparatorValue.Kind kind
                : org.harbour.performance.comparators.domain.ComparatorValue.Kind.values()) {
            columns.put(kind.name(), kind.getLabel());
        }
        return columns;
    }

    /** The comparators as text, in the order of {@link #comparatorColumns()} ("" where none). */
    public List<String> getComparatorCells() {
        return comparatorColumns().keySet().stream().map(this::comparator).toList();
    }

    /** Keyed "previous-year", "STATISTICAL_NEIGHBOURS", "REGION", "ENGLAND". */
    public Map<String, Double> getComparators() {
        return comparators;
    }

    public String comparator(String key) {
        return definition.format(comparators.get(key));
    }

    public String getTargetText() {
        return definition.getTarget() == null ? "" : definition.format(definition.getTarget());
    }
}
