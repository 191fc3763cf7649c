package org.harbour.pause.costs.application;

import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.Scenario;

import java.io.Serializable;

/** A saved scenario with its estimate. */
public final class ScenarioView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final long version;
    private final CostForm inputs;
    private final EstimateView estimate;

    public ScenarioView(Scenario s) {
        this.id = s.getId();
        this.name = s.getName();
        this.version = s.getVersion();
        this.inputs = CostForm.of(s.inputs(), s.getName());
        this.estimate = new EstimateView(CostEstimate.of(s.inputs()));
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public long getVersion() { return version; }
    public CostForm getInputs() { return inputs; }
    public EstimateView getEstimate() { return estimate; }
}
