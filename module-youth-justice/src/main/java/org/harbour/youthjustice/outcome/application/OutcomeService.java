package org.harbour.youthjustice.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.record.domain.Offence;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes on the ladder. Court outcomes (and their quashing on appeal) need
 * {@code youth-justice:court}; out-of-court decisions come from the Joint Decision-Making Panel.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class OutcomeService {

    public static final String VIEW = "YJ_OUTCOME_VIEW";
    public static final String CREATE = "YJ_OUTCOME_CREATE";
    public static final String QUASH = "YJ_OUTCOME_QUASH";

    @Inject
    private OutcomeRepository repository;

    @Inject
    private RecordService records;

    @Inject
    private YjAccess access;

    public List<OutcomeTypeView> types() {
        return repository.types().stream().map(OutcomeTypeView::new).toList();
    }

    public List<OutcomeView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<OutcomeView> all = repository.ofChild(personId).stream().map(OutcomeView::new).toList();
        access.success(VIEW, personId, "outcomes listed: " + all.size());
        return all;
    }

    /** A court's outcome (or a prevention or Turnaround programme), for an offence of the child where there is one. */
    public OutcomeView recordCourtOutcome(long personId, @NotNull @Valid OutcomeForm form) {
        OutcomeType type = type(form.getType(), "type");
        // A prevention or Turnaround programme is the case manager's to record; the court's outcomes need the court permission.
        access.require(type.getRung() == Rung.PREVENTION ? YjPermissions.RECORD : YjPermissions.COURT, CREATE, personId);
        if (type.isJdmpDecision() && type.getRung() != Rung.COURT) {
            throw new InvalidInputException("type", "'" + type.getLabel() + "' is decided at the Joint Decision-Making Panel: record it there.");
        }
        Long offenceId = null;
        if (type.getRung() == Rung.COURT || type.getRung() == Rung.CUSTODY) {
            Offence offence = records.offenceOf(personId, form.getOffenceId(), "offenceId");
            if (form.getOutcomeOn().isBefore(offence.getCommittedOn())) {
                throw new InvalidInputException("outcomeOn", "A court's outcome cannot come before the offence.");
            }
            offenceId = offence.getId();
        }
        Outcome outcome = add(personId, offenceId, type, form.getOutcomeOn(), form.getNote());
        access.success(CREATE, personId, "outcome " + outcome.getId() + " " + type.getCode());
        return new OutcomeView(outcome);
    }

    /** A sentence quashed on appeal: kept on the record, dropped from the measures. */
    public OutcomeView quash(long outcomeId, LocalDate quashedOn, Long version) {
        Outcome outcome = repository.find(outcomeId).orElse(null);
        if (outcome == null) {
            access.requirePermission(YjPermissions.COURT, QUASH, "youth-justice-outcome", Long.toString(outcomeId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, QUASH, outcome.getPersonId());
        YjAccess.checkVersion(outcome, version);
        if (outcome.getType().getRung() != Rung.COURT && outcome.getType().getRung() != Rung.CUSTODY) {
            String only = "Only a court's outcome is quashed on appeal.";
            throw new RuleRefusedException("type", only, List.of(only));
        }
        if (outcome.isQuashed()) {
            String already = "This outcome was already quashed on " + outcome.getQuashedOn() + ".";
            throw new RuleRefusedException("quashedOn", already, List.of(already));
        }
        access.pastOrToday(quashedOn, "quashedOn", "the day of the appeal");
        if (quashedOn.isBefore(outcome.getOutcomeOn())) {
            throw new InvalidInputException("quashedOn", "An outcome cannot be quashed before it was given.");
        }
        outcome.quash(quashedOn);
        outcome.touched(access.username(), access.now());
        repository.flush();
        access.success(QUASH, outcome.getPersonId(), "outcome " + outcomeId + " quashed");
        return new OutcomeView(outcome);
    }

    /** Records a decision already checked by the caller (the panel's service). */
    public Outcome decided(long personId, long offenceId, String typeCode, LocalDate on) {
        return add(personId, offenceId, panelDecision(typeCode), on, null);
    }

    /** An outcome type of the list that the panel may decide, or a 400 naming the decision. */
    public OutcomeType panelDecision(String typeCode) {
        OutcomeType type = type(typeCode, "decision");
        if (!type.isJdmpDecision()) {
            throw new InvalidInputException("decision", "'" + type.getLabel() + "' is not a decision of the Joint Decision-Making Panel.");
        }
        return type;
    }

    private Outcome add(long personId, Long offenceId, OutcomeType type, LocalDate on, String note) {
        return repository.add(new Outcome(personId, offenceId, type, on, note == null || note.isBlank() ? null : note.trim(),
                access.username(), access.now()));
    }

    private OutcomeType type(String code, String field) {
        return repository.type(code).filter(OutcomeType::isActive)
                .orElseThrow(() -> new InvalidInputException(field, "Choose one of the outcomes listed."));
    }

    /** The label of a code of the list, for pages that show a stored code. */
    public String labelOf(String code) {
        return repository.type(code).map(OutcomeType::getLabel).orElse(code);
    }
}
