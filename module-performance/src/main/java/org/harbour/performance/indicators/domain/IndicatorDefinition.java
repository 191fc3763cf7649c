package org.harbour.performance.indicators.domain;

import java.io.Serializable;
import java.util.Objects;

/** One entry of the indicator catalogue: what it measures, how it is rated and where it comes from. */
public final class IndicatorDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final OutcomeGroup group;
    private final String definition;
    private final Unit unit;
    private final Polarity polarity;
    private final Double target;
    private final double tolerancePercent;
    private final Source source;
    private final String moduleId;

    public IndicatorDefinition(String id, String title, OutcomeGroup group, String definition, Unit unit,
                               Polarity polarity, Double target, double tolerancePercent, Source source,
                               String moduleId) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.group = Objects.requireNonNull(group, "group");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.polarity = Objects.requireNonNull(polarity, "polarity");
        this.target = target;
        this.tolerancePercent = tolerancePercent;
        this.source = Objects.requireNonNull(source, "source");
        this.moduleId = moduleId;
    }

    public static IndicatorDefinition computed(String id, String title, OutcomeGroup group, Unit unit,
                                               Polarity polarity, Double target, String definition) {
        return new IndicatorDefinition(id, title, group, definition, unit, polarity, target, 10, Source.COMPUTED,
                "performance");
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public OutcomeGroup getGroup() {
        return group;
    }

    public String getDefinition() {
        return definition;
    }

    public Unit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public Double getTarget() {
        return target;
    }

    public double getTolerancePercent() {
        return tolerancePercent;
    }

    public Source getSource() {
        return source;
    }

    public String getModuleId() {
        return moduleId;
    }

    /** Counted from records (here or by a module), so its figures can be drilled into; else entered. */
    public boolean isComputed() {
        return source != Source.ENTERED;
    }

    /** A value as the scorecard writes it: counts whole, the rest to one decimal place, with the unit. */
    public String format(Double value) {
        if (value == null) {
            return "";
        }
        String number = unit == Unit.COUNT || unit == Unit.DAYS ? UkNumbers.whole(value) : UkNumbers.onePlace(value);
        return unit == Unit.PERCENT ? number + "%" : number;
    }
}
