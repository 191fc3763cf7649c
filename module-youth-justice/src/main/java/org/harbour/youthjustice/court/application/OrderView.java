package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.YroRequirement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A court's order with its computed term: for a detention and training order the custody half
 * (to the day before release) and the licence half (from release to the end); whether it was
 * quashed on appeal comes from its outcome.
 */
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final long outcomeId;
    private final String kind;
    private final String kindLabel;
    private final LocalDate startsOn;
    private final Integer months;
    private final Integer extensionMonths;
    private final LocalDate custodyEndsOn;
    private final LocalDate releaseOn;
    private final LocalDate endsOn;
    private final List<String> requirements;
    private final List<String> requirementLabels;
    private final LocalDate quashedOn;
    private final long version;

    public OrderView(CourtOrder o, LocalDate quashedOn) {
        this.id = o.getId();
        this.personId = o.getPersonId();
        this.outcomeId = o.getOutcomeId();
        this.kind = o.getKind().name();
        this.kindLabel = o.getKind().getLabel();
        this.startsOn = o.getStartsOn();
        this.months = o.getMonths();
        this.extensionMonths = o.getExtensionMonths();
        this.custodyEndsOn = o.term().custodyEndsOn();
        this.releaseOn = o.getReleaseOn();
        this.endsOn = o.getEndsOn();
        this.requirements = o.getRequirements().stream().map(YroRequirement::name).toList();
        this.requirementLabels = o.getRequirements().stream().map(YroRequirement::getLabel).toList();
        this.quashedOn = quashedOn;
        this.version = o.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOutcomeId() {
        return outcomeId;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Integer getMonths() {
        return months;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public LocalDate getCustodyEndsOn() {
        return custodyEndsOn;
    }

    public LocalDate getReleaseOn() {
        return releaseOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<String> getRequirements() {
        return requirements;
    }

    public String getRequirementsInWords() {
        return String.join(", ", requirementLabels);
    }

    public LocalDate getQuashedOn() {
        return quashedOn;
    }

    public boolean isQuashed() {
        return quashedOn != null;
    }

    public long getVersion() {
        return version;
    }
}
