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
import org.harbour.pause.cohort.application.FamilyHistories;
import org.harbour.pause.cohort.domain.FamilyHistory;
import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.costs.domain.ProgrammeActuals;
import org.harbour.pause.costs.domain.ProgrammeActuals.Started;
import org.harbour.pause.costs.domain.Scenario;
import org.harbour.pause.costs.infrastructure.ActualsRepository;
import org.harbour.pause.costs.infrastructure.BoardPdf;
import org.harbour.pause.costs.infrastructure.ScenarioRepository;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The cost-avoidance calculator and its saved scenarios, for the team leader, commissioners and the board. */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires({PausePermissions.ACCESS, PausePermissions.COSTS})
public class CostService {

    public static final String SAVE = "PAUSE_SCENARIO_SAVE";
    public static final String RECORD_TYPE = "pause-scenario";
    public static final String ACTUALS = "PAUSE_ACTUALS_VIEW";
    public static final String BOARD_PDF = "PAUSE_BOARD_PDF";

    @Inject
    private ActualsRepository actualsRepository;

    @Inject
    private FamilyHistories histories;

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

    /** The actual births, removals and pregnancies of the women who began the programme, against their history before. */
    public ProgrammeActuals actuals() {
        ProgrammeActuals actuals = readActuals();
        access.success(ACTUALS, RECORD_TYPE, "actuals", actuals.women() + " women, figures only");
        return actuals;
    }

    /** The board's paper: a saved scenario's inputs and estimate beside the actuals, as a PDF; the download is audited. */
    public byte[] boardPdf(long scenarioId) {
        Scenario s = repository.find(scenarioId).orElseThrow(() -> new RecordNotFoundException(-1));
        ProgrammeActuals actuals = readActuals();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPdf.write(s.getName(), s.inputs(), CostEstimate.of(s.inputs()), actuals, access.clock().instant(), out);
        access.success(BOARD_PDF, RECORD_TYPE, Long.toString(scenarioId), "board PDF of '" + s.getName() + "' with the actuals of "
                + actuals.women() + " women");
        return out.toByteArray();
    }

    private ProgrammeActuals readActuals() {
        List<Started> started = actualsRepository.started();
        Map<Long, FamilyHistory> family = histories.of(started.stream().map(Started::personId).toList()).stream()
                .collect(Collectors.toMap(FamilyHistory::motherId, h -> h, (a, b) -> a));
        return ProgrammeActuals.of(started, family, actualsRepository.pregnanciesDuring(), access.today());
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
