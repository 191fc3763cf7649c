package org.harbour.youthjustice.child.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.child.application.ChildRecordService;
import org.harbour.youthjustice.child.application.ChildRecordView;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.outcome.application.OutcomeForm;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.application.OutcomeTypeView;
import org.harbour.youthjustice.outcome.application.OutcomeView;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.record.application.ArrestForm;
import org.harbour.youthjustice.record.application.ArrestView;
import org.harbour.youthjustice.record.application.OffenceForm;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.record.application.RemandForm;
import org.harbour.youthjustice.record.application.RemandView;
import org.harbour.youthjustice.record.domain.OffenceType;
import org.harbour.youthjustice.record.domain.RemandKind;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/child.xhtml: the child's youth justice record with the forms to record an
 * arrest, an offence, a referral to the Joint Decision-Making Panel and a remand. Keeps the child's
 * id and the forms in view scope; the record is read again on each request.
 */
@Named
@ViewScoped
public class YouthJusticeRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChildRecordService childRecords;

    @Inject
    private RecordService records;

    @Inject
    private JdmpService panel;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private YjAccess access;

    private Long person;
    private ArrestForm arrest = new ArrestForm();
    private OffenceForm offence = new OffenceForm();
    private RemandForm remand = new RemandForm();
    private OutcomeForm programme = new OutcomeForm();
    private Long referOffenceId;
    private LocalDate referredOn;
    private LocalDate remandEndedOn;
    private transient ChildRecordView record;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            record = childRecords.record(person);
            LocalDate today = LocalDate.now(Clock.systemUTC());
            arrest.setArrestedOn(today);
            offence.setCommittedOn(today);
            remand.setStartedOn(today);
            programme.setOutcomeOn(today);
            referredOn = today;
            remandEndedOn = today;
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public ChildRecordView getRecord() {
        if (record == null && person != null) {
            record = childRecords.record(person);
        }
        return record;
    }

    public void recordArrest() {
        ArrestView done = PageAction.on("arrest-form", Map.of("arrestedOn", "arrested-on", "releasedOn", "released-on",
                "policeStation", "police-station")).call(() -> records.recordArrest(person, arrest));
        if (done != null) {
            arrest = new ArrestForm();
            arrest.setArrestedOn(done.getArrestedOn());
            refreshed("Arrest recorded.");
        }
    }

    public void recordOffence() {
        OffenceView done = PageAction.on("offence-form", Map.of("committedOn", "committed-on", "type", "offence-type",
                "gravity", "gravity", "description", "description")).call(() -> records.recordOffence(person, offence));
        if (done != null) {
            offence = new OffenceForm();
            offence.setCommittedOn(done.getCommittedOn());
            referOffenceId = done.getId();
            refreshed("Offence recorded" + (done.isSeriousViolence() ? ": serious violence." : "."));
        }
    }

    public void referToPanel() {
        JdmpView done = PageAction.on("panel-form", Map.of("offenceId", "refer-offence", "referredOn", "referred-on"))
                .call(() -> panel.refer(person, referOffenceId, referredOn));
        if (done != null) {
            refreshed("Referred to the Joint Decision-Making Panel. The assessment is due by "
                    + done.getAssessmentDue().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
        }
    }

    public void startRemand() {
        RemandView done = PageAction.on("remand-form", Map.of("kind", "remand-kind", "startedOn", "remand-from"))
                .call(() -> records.remand(person, remand));
        if (done != null) {
            remand = new RemandForm();
            refreshed("Remand recorded: the child is looked after (J1) from " + done.getStartedOn() + ".");
        }
    }

    public void endRemand() {
        RemandView open = getRecord().getOpenRemand();
        if (open == null) {
            return;
        }
        RemandView done = PageAction.on("remand-end-form", Map.of("endedOn", "remand-ended-on"))
                .call(() -> records.endRemand(open.getId(), remandEndedOn, open.getVersion()));
        if (done != null) {
            refreshed("Remand ended; the looked-after period it opened has ended too.");
        }
    }

    /** A prevention or Turnaround programme begun: an outcome on the ladder's first rung, with no offence. */
    public void beginProgramme() {
        OutcomeView done = PageAction.on("programme-form", Map.of("type", "programme-type", "outcomeOn", "programme-on",
                "note", "programme-note")).call(() -> outcomes.recordCourtOutcome(person, programme));
        if (done != null) {
            programme = new OutcomeForm();
            programme.setOutcomeOn(done.getOutcomeOn());
            refreshed(done.getTypeLabel() + " recorded.");
        }
    }

    public List<OutcomeTypeView> getProgrammeTypes() {
        return outcomes.types().stream().filter(t -> t.getRung().equals(Rung.PREVENTION.getLabel())).toList();
    }

    public OutcomeForm getProgramme() {
        return programme;
    }

    private void refreshed(String message) {
        record = null;
        Messages.addGlobalInfo(message);
    }

    public OffenceType[] getOffenceTypes() {
        return OffenceType.values();
    }

    public RemandKind[] getRemandKinds() {
        return RemandKind.values();
    }

    public List<OffenceView> getOffences() {
        return getRecord().getOffences();
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }

    public boolean isMaySeeVictims() {
        return access.has(YjPermissions.VICTIMS);
    }

    public boolean isMayRemand() {
        return access.has(YjPermissions.COURT);
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ArrestForm getArrest() {
        return arrest;
    }

    public OffenceForm getOffence() {
        return offence;
    }

    public RemandForm getRemand() {
        return remand;
    }

    public Long getReferOffenceId() {
        return referOffenceId;
    }

    public void setReferOffenceId(Long referOffenceId) {
        this.referOffenceId = referOffenceId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public LocalDate getRemandEndedOn() {
        return remandEndedOn;
    }

    public void setRemandEndedOn(LocalDate remandEndedOn) {
        this.remandEndedOn = remandEndedOn;
    }
}
