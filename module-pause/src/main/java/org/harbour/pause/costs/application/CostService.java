package org.harbour.pause.costs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.costs.domain.Scenario;
import org.harbour.pause.costs.infrastructure.ScenarioRepository;

import java.util.List;

/** The cost-avoidance calculator and its saved scenarios, for the team leader, commissioners and the board. */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires({PausePermissions.ACCESS, PausePermissions.COSTS})
public class CostService {

    public static final String SAVE = "PAUSE_SCENARIO_SAVE";
    public static final String RECORD_TYPE = "pause-scenario";

    @Inject
    private ScenarioRepository repository;

    @Inject
    private PauseAccess access;

    public CostForm cityDefaults() {
        return CostForm.of(CostInputs.cityDefaults(), "The city's figures");
    }

    public EstimateView estimate(CostForm form) {
        return new EstimateView(CostEstimate.of(requireForm(form).inputs()));
    }

    public List<ScenarioView> scenarios() {
        return repository.all().stream().map(ScenarioView::new).toList();
    }

    public ScenarioView scenario(long id) {
        return new ScenarioView(repository.find(id).orElseThrow(() -> new RecordNotFoundException(-1)));
    }

    public ScenarioView save(CostForm form) {
        CostInputs inputs = requireForm(form).inputs();
        Scenario s = new Scenario(name(form), inputs, access.username(), access.clock().instant());
        repository.add(s);
        access.success(SAVE, RECORD_TYPE, Long.toString(s.getId()), "saved '" + s.getName() + "'");
        return new ScenarioView(s);
    }

    public ScenarioView update(long id, CostForm form, Long version) {
        Scenario s = repository.find(id).orElseThrow(() -> new RecordNotFoundException(-1));
        if (version == null || s.getVersion() != version) {
            throw new EditConflictException(s.getUpdatedBy(), s.getUpdatedAt(), s.getVersion());
        }
        s.change(name(form), requireForm(form).inputs());
        s.touched(access.username(), access.clock().instant());
        repository.flush();
        access.success(SAVE, RECORD_TYPE, Long.toString(id), "changed '" + s.getName() + "'");
        return new ScenarioView(s);
    }

    private static CostForm requireForm(CostForm form) {
        if (form == null) {
            throw new InvalidInputException("inputs", "Send the calculator's figures.");
        }
        return form;
    }

    private static String name(CostForm form) {
        String name = form.getName();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Give the scenario a name.");
        }
        if (name.length() > 120) {
            throw new InvalidInputException("name", "Keep the name to 120 characters.");
        }
        return name.trim();
    }
}
