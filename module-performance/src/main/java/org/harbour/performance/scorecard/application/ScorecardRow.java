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

    public ScorecardRow(IndicatorDefinition definition, List<Figure> figures, Rag rag, Direction direction,
                        Map<String, Double> comparators) {
        this.definition = definition;
        this.figures = figures;
        this.rag = rag;
        this.direction = direction;
        this.comparators = comparators;
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
