package org.harbour.youthjustice.measures.application;

import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.PopulationFigure;

import java.io.Serializable;

/** One population figure as loaded. */
public record PopulationView(long id, int year, String dimension, String group, String label, int population, long version)
        implements Serializable {

    static PopulationView of(PopulationFigure p) {
        return new PopulationView(p.getId(), p.getYear(), p.getDimension().name(), p.getGroup(), Dimension.groupLabel(p.getGroup()),
                p.getPopulation(), p.getVersion());
    }
}
