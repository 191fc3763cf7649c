package org.harbour.youthjustice.court.application;

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
import org.harbour.youthjustice.court.domain.Breach;
import org.harbour.youthjustice.court.domain.BreachAction;
import org.harbour.youthjustice.court.domain.BreachRules;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.OrderKind;
import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.harbour.youthjustice.court.domain.SentenceRules;
import org.harbour.youthjustice.court.domain.SentenceTerm;
import org.harbour.youthjustice.court.domain.YroRequirement;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.outcome.application.OutcomeForm;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.application.OutcomeView;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.outcome.infrastructure.OutcomeRepository;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The court's outcomes with the terms of its orders, checked against the Sentencing Code's rules
 * before anything is recorded, and breaches of those orders. Needs {@code youth-justice:court}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class SentenceService {

    public static final String SENTENCE = "YJ_COURT_OUTCOME_CREATE";
    public static final String BREACH = "YJ_BREACH_CREATE";
    public static final String BREACH_RESULT = "YJ_BREACH_COURT_RESULT";

    @Inject
    private CourtRepository repository;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private OutcomeRepository outcomeRecords;

    @Inject
    private YjAccess access;

    /** The court's outcome for an offence; an order's terms are computed and kept beside it. */
    public CourtOutcomeView sentence(long personId, @NotNull @Valid SentenceForm form) {
        access.require(YjPermissions.COURT, SENTENCE, personId);
        OutcomeType type = outcomeRecords.type(form.getType().trim()).filter(OutcomeType::isActive)
                .filter(t -> (t.getRung() == Rung.COURT || t.getRung() == Rung.CUSTODY) && !t.isJdmpDecision())
                .orElseThrow(() -> new InvalidInputException("type", "Choose one of the court's outcomes listed."));
        Optional<OrderKind> kind = OrderKind.forOutcomeType(type.getCode());
        Set<YroRequirement> requirements = requirements(form.getRequirements());
        if (kind.isPresent()) {
            access.requireYouthJusticeAge(personId, form.getSentencedOn(), "sentencedOn");
            int age = access.child(personId).map(p -> p.ageOn(form.getSentencedOn())).orElseThrow();
            refuseIfBroken(SentenceRules.check(kind.get(), form.getMonths(), form.getExtensionMonths(), requirements, age));
        } else if (form.getMonths() != null || form.getExtensionMonths() != null || !requirements.isEmpty()) {
            throw new InvalidInputException("months", "'" + type.getLabel() + "' has no term or requirements: leave them empty.");
        }
        OutcomeForm outcomeForm = new OutcomeForm();
        outcomeForm.setType(type.getCode());
        outcomeForm.setOffenceId(form.getOffenceId());
        outcomeForm.setOutcomeOn(form.getSentencedOn());
        outcomeForm.setNote(form.getNote());
        OutcomeView outcome = outcomes.recordCourtOutcome(personId, outcomeForm);
        if (kind.isEmpty()) {
            return new CourtOutcomeView(outcome, null);
        }
        SentenceTerm term = SentenceRules.term(kind.get(), form.getSentencedOn(), form.getMonths(), form.getExtensionMonths());
        CourtOrder order = repository.add(new CourtOrder(personId, outcome.getId(), kind.get(), term, form.getMonths(),
                form.getExtensionMonths(), requirements, access.username(), access.now()));
        access.success(SENTENCE, personId, "order " + order.getId() + " " + kind.get() + " to " + term.endsOn());
        return new CourtOutcomeView(outcome, new OrderView(order, null));
    }

    /** A failure to comply with a standing order: a warning, or a return to court. */
    public BreachView breach(long orderId, @NotNull @Valid BreachForm form) {
        CourtOrder order = repository.order(orderId).orElse(null);
        if (order == null) {
            access.requirePermission(YjPermissions.COURT, BREACH, "youth-justice-order", Long.toString(orderId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, BREACH, order.getPersonId());
        if (quashedOn(order) != null) {
            String quashed = "This order was quashed on appeal: it cannot be breached.";
            throw new RuleRefusedException("orderId", quashed, List.of(quashed));
        }
        BreachAction action = action(form.getAction());
        Optional<RuleBroken> refusal = BreachRules.refusal(order, repository.breachesOfOrder(orderId), form.getFailedOn(), action);
        if (refusal.isPresent()) {
            RuleBroken p = refusal.get();
            if (p.field().equals("failedOn")) {
                throw new InvalidInputException(p.field(), p.message());
            }
            throw new RuleRefusedException(p.field(), p.message(), List.of(p.message()));
        }
        Breach breach = repository.add(new Breach(order.getPersonId(), orderId, form.getFailedOn(), action,
                form.getDescription().trim(), access.username(), access.now()));
        access.success(BREACH, order.getPersonId(), "breach " + breach.getId() + " of order " + orderId + " " + action);
        return new BreachView(breach);
    }

    /** What the court did with breach proceedings. */
    public BreachView courtResult(long breachId, String result, Long version) {
        Breach breach = find(breachId);
        access.require(YjPermissions.COURT, BREACH_RESULT, breach.getPersonId());
        YjAccess.checkVersion(breach, version);
        if (breach.getAction() != BreachAction.BREACH_PROCEEDINGS) {
            String warning = "A warning does not go back to court.";
            throw new RuleRefusedException("result", warning, List.of(warning));
        }
        if (result == null || result.isBlank() || result.trim().length() > 500) {
            throw new InvalidInputException("result", "Say what the court did, in at most 500 characters.");
        }
        breach.courtDecided(result.trim());
        breach.touched(access.username(), access.now());
        repository.flush();
        access.success(BREACH_RESULT, breach.getPersonId(), "breach " + breachId + " court result");
        return new BreachView(breach);
    }

    private Breach find(long breachId) {
        Breach breach = repository.breach(breachId).orElse(null);
        if (breach == null) {
            access.requirePermission(YjPermissions.COURT, BREACH_RESULT, "youth-justice-breach", Long.toString(breachId));
            throw new RecordNotFoundException(-1);
        }
        return breach;
    }

    /** The day the order's outcome was quashed on appeal, or null. */
    LocalDate quashedOn(CourtOrder order) {
        return outcomeRecords.find(order.getOutcomeId()).map(Outcome::getQuashedOn).orElse(null);
    }

    private static void refuseIfBroken(List<RuleBroken> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<RuleBroken> rules = problems.stream().filter(p -> p.field().equals("requirements")).toList();
        if (rules.isEmpty()) {
            RuleBroken first = problems.get(0);
            throw new InvalidInputException(first.field(), first.message());
        }
        throw new RuleRefusedException("requirements", "The requirements do not fit the youth rehabilitation order's rules.",
                rules.stream().map(RuleBroken::message).toList());
    }

    private static Set<YroRequirement> requirements(List<String> codes) {
        Set<YroRequirement> set = EnumSet.noneOf(YroRequirement.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                set.add(YroRequirement.valueOf(code.trim()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("requirements", "Choose requirements from those listed.");
            }
        }
        return set;
    }

    private static BreachAction action(String value) {
        try {
            return BreachAction.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "Choose a warning or a return to court.");
        }
    }
}
