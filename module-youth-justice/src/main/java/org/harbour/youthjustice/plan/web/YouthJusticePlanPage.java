package org.harbour.youthjustice.plan.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.court.application.CourtRecordService;
import org.harbour.youthjustice.court.application.OrderView;
import org.harbour.youthjustice.plan.application.InterventionForm;
import org.harbour.youthjustice.plan.application.InterventionView;
import org.harbour.youthjustice.plan.application.PlanService;
import org.harbour.youthjustice.plan.application.PlanView;
import org.harbour.youthjustice.plan.application.StatusForm;
import org.harbour.youthjustice.plan.application.StatusView;
import org.harbour.youthjustice.plan.domain.Completion;
import org.harbour.youthjustice.plan.domain.InterventionType;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/plan.xhtml: the child's interventions and statuses, with the forms to start
 * an intervention, record its progress and take the status at the start or end of an order or
 * intervention. Keeps ids and forms in view scope; the plan is read again on each request.
 */
@Named
@ViewScoped
public class YouthJusticePlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private CourtRecordService court;

    @Inject
    private YjAccess access;

    private Long person;
    private InterventionForm intervention = new InterventionForm();
    private InterventionForm progress = new InterventionForm();
    private Long progressId;
    private StatusForm status = new StatusForm();
    private String statusSubject;
    private transient PlanView plan;
    private transient List<OrderView> orders;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            plan = plans.plan(person);
            intervention.setStartedOn(access.today());
            status.setAssessedOn(access.today());
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public PlanView getPlan() {
        if (plan == null && person != null) {
            plan = plans.plan(person);
        }
        return plan;
    }

    /** Read once per view, so the read is audited once rather than at each mention on the page. */
    public List<OrderView> getOrders() {
        if (orders == null && person != null) {
            orders = court.record(person).getStandingOrders();
        }
        return orders;
    }

    public void startIntervention() {
        InterventionView done = PageAction.on("intervention-form", Map.of("type", "intervention-type", "startedOn", "intervention-from"))
                .call(() -> plans.start(person, intervention));
        if (done != null) {
            intervention = new InterventionForm();
            intervention.setStartedOn(done.getStartedOn());
            refreshed("Intervention started.");
        }
    }

    public void recordProgress() {
        InterventionView chosen = progressId == null ? null
                : getPlan().getInterventions().stream().filter(i -> i.getId() == progressId).findFirst().orElse(null);
        if (chosen == null) {
            Messages.addError("progress-form:progress-intervention", "Choose the intervention.");
            return;
        }
        progress.setType(chosen.getType());
        progress.setStartedOn(chosen.getStartedOn());
        progress.setVersion(chosen.getVersion());
        InterventionView done = PageAction.on("progress-form", Map.of("sessionsOffered", "sessions-offered",
                "sessionsAttended", "sessions-attended", "endedOn", "ended-on", "completion", "completion"))
                .call(() -> plans.progress(chosen.getId(), progress));
        if (done != null) {
            progress = new InterventionForm();
            refreshed("Intervention updated: " + done.getCompletionLabel().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    public void recordStatus() {
        if (statusSubject == null || !statusSubject.contains(":")) {
            Messages.addError("status-form:status-subject", "Choose the order or intervention.");
            return;
        }
        String[] parts = statusSubject.split(":", 2);
        status.setSubjectType(parts[0]);
        status.setSubjectId(Long.valueOf(parts[1]));
        StatusView done = PageAction.on("status-form", Map.of("subjectId", "status-subject", "point", "status-point",
                "assessedOn", "status-on", "educationHoursOffered", "hours-offered", "educationHoursAttended", "hours-attended",
                "neet", "neet", "sendPlan", "send-plan", "mentalHealthOffered", "mh-offered", "mentalHealthAttending", "mh-attending",
                "substanceMisuseOffered", "sm-offered")).call(() -> plans.recordStatus(person, status));
        if (done != null) {
            status = new StatusForm();
            status.setAssessedOn(done.getAssessedOn());
            refreshed("Status recorded.");
        }
    }

    private void refreshed(String message) {
        plan = null;
        Messages.addGlobalInfo(message);
    }

    /** The kinds of intervention the user may record: health ones only with {@code youth-justice:health}. */
    public java.util.List<InterventionType> getInterventionTypes() {
        boolean health = isMaySeeHealth();
        return java.util.Arrays.stream(InterventionType.values()).filter(t -> health || !t.isHealth()).toList();
    }

    public boolean isMaySeeHealth() {
        return access.has(YjPermissions.HEALTH);
    }

    public Completion[] getCompletions() {
        return Completion.values();
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public InterventionForm getIntervention() {
        return intervention;
    }

    public InterventionForm getProgress() {
        return progress;
    }

    public Long getProgressId() {
        return progressId;
    }

    public void setProgressId(Long progressId) {
        this.progressId = progressId;
    }

    public StatusForm getStatus() {
        return status;
    }

    public String getStatusSubject() {
        return statusSubject;
    }

    public void setStatusSubject(String statusSubject) {
        this.statusSubject = statusSubject;
    }
}
