package org.harbour.pause.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.access.web.PageActions;
import org.harbour.pause.programme.application.ForumService;
import org.harbour.pause.programme.application.OutcomeForm;
import org.harbour.pause.programme.application.PractitionerLoad;
import org.harbour.pause.programme.application.ProgrammeService;
import org.harbour.pause.programme.application.WomanRecord;
import org.harbour.pause.programme.application.WomanRecordService;
import org.harbour.pause.programme.domain.ContactKind;
import org.harbour.pause.programme.domain.ForumDecision;
import org.harbour.pause.programme.domain.OutcomePoint;
import org.harbour.pause.programme.domain.Rating;
import org.harbour.pause.programme.domain.Stage;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs pause/woman.xhtml: her programme record, and the step her stage calls for (the forum's
 * decision, her consent, allocation, the intervention, exit) with her plan, contacts, fund,
 * contraception and outcomes. Keeps the participation id and what is being typed, nothing read.
 */
@Named("pauseWoman")
@ViewScoped
public class WomanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WomanRecordService records;

    @Inject
    private ForumService forum;

    @Inject
    private ProgrammeService programme;

    @Inject
    private PauseAccess access;

    private Long id;
    private Long person;
    private transient WomanRecord record;

    private ForumDecision decision;
    private LocalDate actedOn = today();
    private String text;
    private String nextSteps;
    private boolean consented = true;
    private String practitioner;
    private OutcomePoint point = OutcomePoint.BASELINE;
    private final OutcomeForm outcome = new OutcomeForm();
    private ContactKind contactKind;
    private BigDecimal amount;
    private String method;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null && person != null) {
                id = records.latestOf(person);
            }
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            record = records.record(id);
            outcome.setAssessedOn(today());
            practitioner = access.username();
        } catch (RecordNotFoundException | ActionRefusedException | AccessRefusedException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public WomanRecord getRecord() {
        if (record == null && id != null) {
            record = records.record(id);
        }
        return record;
    }

    private long version() {
        return getRecord().getParticipation().getVersion();
    }

    private String done(boolean ok, String message) {
        if (!ok) {
            return null;
        }
        Messages.addFlashGlobalInfo(message);
        return "/pause/woman?faces-redirect=true&id=" + id;
    }

    public String decide() {
        return done(PageActions.tryTo("decision-form", () -> forum.decide(id, decision, actedOn, text, version())) != null,
                "The forum's decision is recorded.");
    }

    public String answerOffer() {
        return done(PageActions.tryTo("consent-form", () -> forum.answerOffer(id, consented, actedOn, version())) != null,
                consented ? "Her consent is recorded. Allocate her to a practitioner." : "Her answer is recorded.");
    }

    public String allocate() {
        return done(PageActions.tryTo("allocate-form", () -> programme.allocate(id, practitioner, actedOn, version())) != null,
                "Allocated. The engagement phase has begun.");
    }

    public String startIntervention() {
        return done(PageActions.tryTo("stage-form", () -> programme.startIntervention(id, actedOn, version())) != null,
                "The intervention has begun.");
    }

    public String exit() {
        return done(PageActions.tryTo("exit-form", () -> programme.exit(id, actedOn, text, nextSteps, version())) != null,
                "Her exit and Next Steps are recorded.");
    }

    public String recordOutcome() {
        Long current = getRecord().getOutcomes().stream().filter(o -> o.getPointCode() == point)
                .map(WomanRecord.OutcomeRow::getVersion).findFirst().orElse(null);
        return done(PageActions.tryTo("outcome-form", () -> records.recordOutcome(id, point, outcome, current)),
                point.getLabel() + " outcomes recorded.");
    }

    public String addGoal() {
        return done(PageActions.tryTo("goal-form", () -> records.addGoal(id, text, null)), "Goal added to her plan.");
    }

    public String addContact() {
        return done(PageActions.tryTo("contact-form", () -> records.addContact(id, actedOn, contactKind, text)), "Contact recorded.");
    }

    public String addPayment() {
        return done(PageActions.tryTo("fund-form", () -> records.addPayment(id, actedOn, amount, text)), "Payment recorded.");
    }

    public String recordContraception() {
        return done(PageActions.tryTo("contraception-form", () -> records.recordContraception(id, actedOn, consented, method)),
                "Contraception recorded.");
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    public boolean isMayDecide() {
        Stage s = getRecord().getParticipation().getStage();
        return access.has(PausePermissions.FORUM) && (s == Stage.REFERRED || s == Stage.NOT_NOW);
    }

    public boolean isMayAnswer() {
        return access.has(PausePermissions.FORUM) && getRecord().getParticipation().getStage() == Stage.OFFERED;
    }

    public boolean isMayAllocate() {
        Stage s = getRecord().getParticipation().getStage();
        return access.has(PausePermissions.ALLOCATE) && (s == Stage.CONSENTED || s.isActive());
    }

    public boolean isInProgramme() {
        return access.has(PausePermissions.RECORD) && getRecord().getParticipation().getStage().isActive();
    }

    public boolean isMayGiveMethod() {
        return access.has(PausePermissions.HEALTH_DATA);
    }

    public List<PractitionerLoad> getPractitioners() {
        return access.has(PausePermissions.ALLOCATE) ? programme.practitioners() : List.of();
    }

    public ForumDecision[] getDecisions() { return ForumDecision.values(); }
    public OutcomePoint[] getPoints() { return OutcomePoint.values(); }
    public Rating[] getRatings() { return Rating.values(); }
    public ContactKind[] getContactKinds() { return ContactKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public ForumDecision getDecision() { return decision; }
    public void setDecision(ForumDecision decision) { this.decision = decision; }
    public LocalDate getActedOn() { return actedOn; }
    public void setActedOn(LocalDate actedOn) { this.actedOn = actedOn; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
    public boolean isConsented() { return consented; }
    public void setConsented(boolean consented) { this.consented = consented; }
    public String getPractitioner() { return practitioner; }
    public void setPractitioner(String practitioner) { this.practitioner = practitioner; }
    public OutcomePoint getPoint() { return point; }
    public void setPoint(OutcomePoint point) { this.point = point; }
    public OutcomeForm getOutcome() { return outcome; }
    public ContactKind getContactKind() { return contactKind; }
    public void setContactKind(ContactKind contactKind) { this.contactKind = contactKind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
}
