package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.Objects;

/**
 * An indicator a module offers the performance scorecard. The module computes it; the
 * performance module collects, snapshots, compares and shows it.
 */
public final class KpiDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Unit { COUNT, PERCENT, RATE_PER_10000_CHILDREN, RATE_PER_100000_AGED_10_TO_17, DAYS }

    public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER }

    private final String id;
    private final String moduleId;
    private final String title;
    private final String outcomeGroup;
    private final Unit unit;
    private final Polarity polarity;
    private final String definition;

    public KpiDefinition(String id, String moduleId, String title, String outcomeGroup, Unit unit, Polarity polarity,
                         String definition) {
        this.id = Objects.requireNonNull(id, "id");
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.title = Objects.requireNonNull(title, "title");
        this.outcomeGroup = Objects.requireNonNull(outcomeGroup, "outcomeGroup");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.polarity = Objects.requireNonNull(polarity, "polarity");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    public String getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcomeGroup() {
        return outcomeGroup;
    }

    public Unit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public String getDefinition() {
        return definition;
    }
}
