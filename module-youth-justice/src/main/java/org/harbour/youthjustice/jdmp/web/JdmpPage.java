package org.harbour.youthjustice.jdmp.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.jdmp.domain.PanelDetails;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.application.OutcomeTypeView;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/jdmp.xhtml: the Joint Decision-Making Panel's agenda and, for the referral
 * chosen, its assessment and the panel's decision. Keeps only ids and the form in view scope.
 */
@Named
@ViewScoped
public class JdmpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JdmpService panel;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private YjAccess access;

    private Long referral;
    private String decision;
    private LocalDate decidedOn;
    private LocalDate assessedOn;
    private String attendees;
    private Integer gravity;
    private String conditions;
    private LocalDate conditionsEndOn;
    private transient List<JdmpView> agenda;
    private transient JdmpView chosen;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        decidedOn = LocalDate.now(Clock.systemUTC());
        assessedOn = decidedOn;
        try {
            if (referral != null) {
                chosen = panel.find(referral);
            }
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such referral");
            faces.responseComplete();
        }
    }

    public List<JdmpView> getAgenda() {
        if (agenda == null) {
            agenda = panel.agenda();
        }
        return agenda;
    }

    public JdmpView getChosen() {
        if (chosen == null && referral != null) {
            chosen = panel.find(referral);
        }
        return chosen;
    }

    public List<OutcomeTypeView> getDecisions() {
        return outcomes.types().stream().filter(OutcomeTypeView::isJdmpDecision).toList();
    }

    public void decide() {
        JdmpView current = getChosen();
        JdmpView done = PageAction.on("decision-form", Map.of("decision", "decision", "decidedOn", "decided-on",
                        "attendees", "attendees", "gravity", "gravity", "conditions", "conditions", "conditionsEndOn", "conditions-end-on"))
                .call(() -> panel.decide(current.getId(), decision, decidedOn, current.getVersion(),
                        new PanelDetails(attendees, gravity, conditions, conditionsEndOn)));
        if (done != null) {
            chosen = done;
            agenda = null;
            Messages.addGlobalInfo("The panel's decision is recorded: " + done.getDecisionLabel() + ".");
        }
    }

    public void recordAssessment() {
        JdmpView current = getChosen();
        JdmpView done = PageAction.on("assessment-form", Map.of("assessedOn", "assessed-on"))
                .call(() -> panel.recordAssessment(current.getId(), assessedOn, current.getVersion()));
        if (done != null) {
            chosen = done;
            Messages.addGlobalInfo("Assessment recorded.");
        }
    }

    public boolean isMayDecide() {
        return access.has(YjPermissions.DECIDE);
    }

    public Long getReferral() {
        return referral;
    }

    public void setReferral(Long referral) {
        this.referral = referral;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public Integer getGravity() {
        return gravity;
    }

    public void setGravity(Integer gravity) {
        this.gravity = gravity;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getConditionsEndOn() {
        return conditionsEndOn;
    }

    public void setConditionsEndOn(LocalDate conditionsEndOn) {
        this.conditionsEndOn = conditionsEndOn;
    }
}
