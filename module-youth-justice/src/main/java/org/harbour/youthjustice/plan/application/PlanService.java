package org.harbour.youthjustice.plan.application;

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
import org.harbour.youthjustice.access.application.Inputs;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.Completion;
import org.harbour.youthjustice.plan.domain.Intervention;
import org.harbour.youthjustice.plan.domain.InterventionType;
import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.harbour.youthjustice.plan.domain.StatusFacts;
import org.harbour.youthjustice.plan.domain.StatusPoint;
import org.harbour.youthjustice.plan.domain.StatusSubject;
import org.harbour.youthjustice.plan.infrastructure.PlanRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The child's plan: interventions with their attendance and completion, and the child's status at
 * the start and end of every order and intervention (the YJB's KPIs 1 to 5). Needs {@code youth-justice:record}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class PlanService {

    public static final String VIEW = "YJ_PLAN_VIEW";
    public static final String INTERVENTION = "YJ_INTERVENTION_CREATE";
    public static final String PROGRESS = "YJ_INTERVENTION_PROGRESS";
    public static final String STATUS = "YJ_STATUS_CREATE";

    @Inject
    private PlanRepository repository;

    @Inject
    private CourtRepository court;

    @Inject
    private YjAccess access;

    @Inject
    private WiderServicesOnTheDay widerServices;

    public PlanView plan(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        boolean health = access.has(YjPermissions.HEALTH);
        List<ChildStatus> statuses = repository.statusesOf(personId);
        Map<LocalDate, List<String>> wider = widerServices.of(personId, statuses.stream().map(ChildStatus::getAssessedOn).toList());
        PlanView view = new PlanView(personId, access.childName(personId),
                repository.interventionsOf(personId).stream().filter(i -> health || !i.getType().isHealth()).map(InterventionView::new).toList(),
                statuses.stream().map(s -> new StatusView(s, health, wider.get(s.getAssessedOn()))).toList());
        access.success(VIEW, personId, "plan: interventions and statuses" + (health ? "" : ", health withheld"));
        return view;
    }

    public InterventionView start(long personId, @NotNull @Valid InterventionForm form) {
        access.require(YjPermissions.RECORD, INTERVENTION, personId);
        InterventionType type = Inputs.parse(InterventionType.class, form.getType(), "type", "Choose one of the interventions listed.");
        if (type.isHealth()) {
            access.require(YjPermissions.HEALTH, INTERVENTION, personId);
        }
        access.requireYouthJusticeAge(personId, form.getStartedOn(), "startedOn");
        Intervention intervention = new Intervention(personId, type, form.getStartedOn(), access.username(), access.now());
        apply(intervention, form);
        repository.add(intervention);
        access.success(INTERVENTION, personId, "intervention " + intervention.getId() + " " + type);
        return new InterventionView(intervention);
    }

    /** Sessions offered and attended so far, and the end with its completion; send the version read. */
    public InterventionView progress(long interventionId, @NotNull @Valid InterventionForm form) {
        Intervention intervention = repository.intervention(interventionId).orElse(null);
        if (intervention == null) {
            access.requirePermission(YjPermissions.RECORD, PROGRESS, "youth-justice-intervention", Long.toString(interventionId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.RECORD, PROGRESS, intervention.getPersonId());
        if (intervention.getType().isHealth()) {
            access.require(YjPermissions.HEALTH, PROGRESS, intervention.getPersonId());
        }
        YjAccess.checkVersion(intervention, form.getVersion());
        apply(intervention, form);
        intervention.touched(access.username(), access.now());
        repository.flush();
        access.success(PROGRESS, intervention.getPersonId(), "intervention " + interventionId + " " + intervention.getCompletion());
        return new InterventionView(intervention);
    }

    public StatusView recordStatus(long personId, @NotNull @Valid StatusForm form) {
        access.require(YjPermissions.RECORD, STATUS, personId);
        if (form.isMentalHealthNeed() || form.isMentalHealthOffered() || form.isMentalHealthAttending() || form.isSubstanceMisuseNeed()
                || form.isSubstanceMisuseOffered() || form.isSubstanceMisuseAttending()) {
            access.require(YjPermissions.HEALTH, STATUS, personId);
        }
        StatusSubject subject = Inputs.parse(StatusSubject.class, form.getSubjectType(), "subjectType",
                "Choose an order or an intervention.");
        StatusPoint point = Inputs.parse(StatusPoint.class, form.getPoint(), "point", "Choose the start or the end.");
        boolean childs = subject == StatusSubject.ORDER
                ? court.order(form.getSubjectId()).filter(o -> o.getPersonId() == personId).isPresent()
                : repository.intervention(form.getSubjectId()).filter(i -> i.getPersonId() == personId).isPresent();
        if (!childs) {
            throw new InvalidInputException("subjectId", "This child has no such " + subject.getLabel().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (repository.statusExists(subject, form.getSubjectId(), point)) {
            String once = "The status at the " + point.getLabel().toLowerCase(java.util.Locale.ROOT) + " of this "
                    + subject.getLabel().toLowerCase(java.util.Locale.ROOT) + " is already recorded.";
            throw new RuleRefusedException("point", once, List.of(once));
        }
        StatusFacts facts = new StatusFacts(form.isAccommodationSuitable(), form.getEducationHoursOffered(), form.getEducationHoursAttended(),
                form.isNeet(), form.isSendNeed(), form.isSendPlan(), form.isMentalHealthNeed(), form.isMentalHealthOffered(),
                form.isMentalHealthAttending(), form.isSubstanceMisuseNeed(), form.isSubstanceMisuseOffered(),
                form.isSubstanceMisuseAttending());
        List<RuleBroken> problems = facts.problems();
        Inputs.refuseIfBroken(problems);
        ChildStatus status = repository.add(new ChildStatus(personId, subject, form.getSubjectId(), point, form.getAssessedOn(), facts,
                access.username(), access.now()));
        access.success(STATUS, personId, "status " + status.getId() + " at the " + point + " of " + subject + " " + form.getSubjectId());
        return new StatusView(status, access.has(YjPermissions.HEALTH),
                widerServices.of(personId, List.of(status.getAssessedOn())).get(status.getAssessedOn()));
    }

    private void apply(Intervention intervention, InterventionForm form) {
        Completion completion = Inputs.parse(Completion.class, form.getCompletion() == null ? "ONGOING" : form.getCompletion(),
                "completion", "Choose ongoing, completed or not completed.");
        LocalDate ended = form.getEndedOn();
        Optional<RuleBroken> refusal = intervention.refusal(form.getSessionsOffered(), form.getSessionsAttended(), ended, completion);
        if (refusal.isPresent()) {
            throw new InvalidInputException(refusal.get().field(), refusal.get().message());
        }
        intervention.progress(form.getSessionsOffered(), form.getSessionsAttended(), ended, completion);
    }
}
