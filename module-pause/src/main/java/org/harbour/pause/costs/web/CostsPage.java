package org.harbour.pause.costs.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.access.web.PageActions;
import org.harbour.pause.costs.application.CostForm;
import org.harbour.pause.costs.application.CostService;
import org.harbour.pause.costs.application.ScenarioView;
import org.harbour.pause.costs.application.EstimateView;
import org.harbour.pause.costs.domain.ProgrammeActuals;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** Backs pause/costs.xhtml: the calculator with the city's figures to start from, and saved scenarios. */
@Named("pauseCosts")
@ViewScoped
public class CostsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CostService costs;

    private CostForm form;
    private EstimateView estimate;
    private ProgrammeActuals actuals;

    @PostConstruct
    void start() {
        form = costs.cityDefaults();
        estimate = costs.estimate(form);
        actuals = costs.actuals();
    }

    public void calculate() {
        EstimateView worked = PageActions.tryTo("costs-form", () -> costs.estimate(form));
        if (worked != null) {
            estimate = worked;
        }
    }

    public void save() {
        ScenarioView saved = PageActions.tryTo("costs-form", () -> costs.save(form));
        if (saved != null) {
            estimate = saved.getEstimate();
            Messages.addGlobalInfo("Scenario '" + saved.getName() + "' saved.");
        }
    }

    public void open(long scenarioId) {
        ScenarioView s = costs.scenario(scenarioId);
        form = s.getInputs();
        estimate = s.getEstimate();
    }

    public List<ScenarioView> getScenarios() {
        return costs.scenarios();
    }

    public CostForm getForm() { return form; }
    public EstimateView getEstimate() { return estimate; }
    public ProgrammeActuals getActuals() { return actuals; }
}
