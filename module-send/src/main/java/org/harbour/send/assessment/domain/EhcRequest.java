package org.harbour.send.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.harbour.send.history.domain.Recorded;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.timescale.domain.EhcTimescales;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.FinalPlanTimeliness;
import org.harbour.send.timescale.domain.Week20Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request for an EHC needs assessment and the assessment that follows it, up to the final plan:
 * the day it was received starts the 20-week clock. The steps are methods that refuse to run out
 * of order; the plan itself lives in the plan feature and is named here by id.
 */
@Entity
@Table(name = "send_request")
public class EhcRequest extends Recorded {

    private static final java.time.format.DateTimeFormatter EN_GB = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestSource source;

    @Column(name = "in_youth_custody", nullable = false)
    private boolean inYouthCustody;

    @Column(nullable = false, length = 80)
    private String officer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStage stage = RequestStage.RECEIVED;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "draft_sent_on")
    private LocalDate draftSentOn;

    @Column(name = "final_issued_on")
    private LocalDate finalIssuedOn;

    @Column(name = "not_issued_on")
    private LocalDate notIssuedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "plan_id")
    private Long planId;

    /**
     * Mediation and an appeal to the tribunal (SEN2's RequestMediation and RequestTribunal): kept
     * worked out from what followed each of the request's appealable decisions (the appeal
     * feature), never entered on their own.
     */
    @Column(nullable = false)
    private boolean mediation;

    @Column(nullable = false)
    private boolean tribunal;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn, id")
    private List<AdviceRequest> advice = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate, id")
    private List<TimescaleException> exceptions = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("consultedOn, id")
    private List<SettingConsultation> consultations = new ArrayList<>();

    /** The day the family's comments on the draft plan arrived. */
    @Column(name = "family_responded_on")
    private LocalDate familyRespondedOn;

    @Column(name = "family_comments", length = 2000)
    private String familyComments;

    /** The school, college or setting the family asked to be named in the plan, if any. */
    @ManyToOne
    @JoinColumn(name = "family_setting_id")
    private EducationSetting familySetting;

    protected EhcRequest() {
    }

    public EhcRequest(long personId, LocalDate receivedOn, RequestSource source, boolean inYouthCustody, String officer,
                      String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.receivedOn = receivedOn;
        this.source = source;
        this.inYouthCustody = inYouthCustody;
        this.officer = officer;
    }

    public boolean canDecideWhetherToAssess() {
        return stage == RequestStage.RECEIVED;
    }

    public boolean isAssessing() {
        return stage == RequestStage.ASSESSING;
    }

    public boolean canIssueFinal() {
        return stage == RequestStage.DRAFT_ISSUED;
    }

    public boolean isClosed() {
        return stage.isClosed();
    }

    /** The decision whether to assess; not before the request was received. */
    public void decide(boolean assess, LocalDate on, String reason) {
        require(canDecideWhetherToAssess(), "The decision whether to assess has already been made.");
        require(!on.isBefore(receivedOn), "The decision cannot come before the request was received.");
        this.decidedOn = on;
        this.decisionReason = reason;
        this.stage = assess ? RequestStage.ASSESSING : RequestStage.NOT_ASSESSED;
    }

    public AdviceRequest askForAdvice(AdviceKind kind, String from, LocalDate requestedOn) {
        require(isAssessing(), "Advice is asked for while the assessment is under way.");
        require(!requestedOn.isBefore(decidedOn), "Advice cannot be asked for before the decision to assess.");
        AdviceRequest a = new AdviceRequest(this, kind, from, requestedOn);
        advice.add(a);
        return a;
    }

    public AdviceRequest advice(long adviceId) {
        return advice.stream().filter(a -> a.getId() != null && a.getId() == adviceId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No advice " + adviceId + " on request " + id));
    }

    /** The draft plan went to the family; the plan is kept by the plan feature. */
    public void draftSent(LocalDate on, long planId) {
        require(isAssessing(), "A draft plan follows the assessment.");
        require(!on.isBefore(decidedOn), "The draft cannot be sent before the decision to assess.");
        this.draftSentOn = on;
        this.planId = planId;
        this.stage = RequestStage.DRAFT_ISSUED;
    }

    /** The final plan: only after the family's 15 days on the draft. */
    public void finalIssued(LocalDate on) {
        require(canIssueFinal(), "The final plan follows a draft sent to the family.");
        require(familySetting == null || consulted(familySetting),
                "The family asked for " + (familySetting == null ? "" : familySetting.getName())
                        + " to be named: consult it before the final plan is issued.");
        require(!on.isBefore(EhcTimescales.earliestFinal(draftSentOn)),
                "The family have at least 15 days on the draft: the final plan may be issued from "
                        + EhcTimescales.earliestFinal(draftSentOn) + ".");
        this.finalIssuedOn = on;
        this.stage = RequestStage.FINAL_ISSUED;
    }

    /**
     * The family's comments on the draft plan and, when they ask for one, the setting they want
     * named. Comments may come after their 15 days; whether they were in time is shown.
     */
    public void familyResponded(LocalDate on, String comments, EducationSetting asked) {
        require(canIssueFinal(), "The family respond to the draft plan, between the draft and the final plan.");
        require(!on.isBefore(draftSentOn), "The family's response cannot come before the draft was sent on " + EN_GB.format(draftSentOn) + ".");
        this.familyRespondedOn = on;
        this.familyComments = comments;
        this.familySetting = asked;
    }

    /** Whether the family's response came within their 15 days on the draft; null until it came. */
    public Boolean familyRespondedInTime() {
        return familyRespondedOn == null ? null : !familyRespondedOn.isAfter(EhcTimescales.familyCommentsUntil(draftSentOn));
    }

    /** A setting consulted about being named in the plan, once the draft is with the family. */
    public SettingConsultation consult(EducationSetting setting, LocalDate on) {
        require(canIssueFinal(), "Settings are consulted on the draft plan, before the final plan.");
        require(!on.isBefore(draftSentOn), "A setting is consulted on the draft, sent on " + EN_GB.format(draftSentOn) + ".");
        require(!consulted(setting), setting.getName() + " has already been consulted.");
        SettingConsultation c = new SettingConsultation(this, setting, on);
        consultations.add(c);
        return c;
    }

    public SettingConsultation consultation(long consultationId) {
        return consultations.stream().filter(c -> c.getId() != null && c.getId() == consultationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No consultation " + consultationId + " on request " + id));
    }

    private boolean consulted(EducationSetting setting) {
        return consultations.stream().anyMatch(c -> c.getSetting() == setting
                || c.getSetting().getId() != null && c.getSetting().getId().equals(setting.getId()));
    }

    public void notToIssue(LocalDate on, String reason) {
        require(isAssessing(), "A decision not to issue follows the assessment, before a draft plan.");
        this.notIssuedOn = on;
        this.decisionReason = reason;
        this.stage = RequestStage.NOT_ISSUED;
    }

    public void withdraw(LocalDate on) {
        require(!isClosed(), "The request has already ended.");
        this.withdrawnOn = on;
        this.stage = RequestStage.WITHDRAWN;
    }

    public TimescaleException recordException(ExceptionGround ground, LocalDate from, LocalDate to, String note) {
        require(!from.isBefore(receivedOn), "An exception applies after the request was received.");
        require(!to.isBefore(from), "An exception cannot end before it starts.");
        TimescaleException e = new TimescaleException(this, ground, from, to, note);
        exceptions.add(e);
        return e;
    }

    public LocalDate decisionDue() {
        return EhcTimescales.decisionToAssessDue(receivedOn);
    }

    public LocalDate finalPlanDue() {
        return EhcTimescales.finalPlanDue(receivedOn);
    }

    public LocalDate notToIssueDue() {
        return EhcTimescales.decisionNotToIssueDue(receivedOn);
    }

    public Week20Status week20(LocalDate today) {
        boolean ended = stage == RequestStage.NOT_ASSESSED || stage == RequestStage.NOT_ISSUED || stage == RequestStage.WITHDRAWN;
        return Week20Status.of(receivedOn, draftSentOn, finalIssuedOn, ended, today);
    }

    /** The week of the 20 the case is in today (1 on the day received), for the caseload. */
    public long weekOn(LocalDate today) {
        return (today.toEpochDay() - receivedOn.toEpochDay()) / 7 + 1;
    }

    /** Null until the final plan is issued. */
    public FinalPlanTimeliness timeliness() {
        return finalIssuedOn == null ? null : new FinalPlanTimeliness(receivedOn, finalIssuedOn,
                exceptions.stream().map(TimescaleException::period).toList());
    }

    public boolean decidedInTime() {
        return decidedOn != null && EhcTimescales.onTime(decidedOn, decisionDue());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public RequestSource getSource() {
        return source;
    }

    public boolean isInYouthCustody() {
        return inYouthCustody;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public RequestStage getStage() {
        return stage;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getDraftSentOn() {
        return draftSentOn;
    }

    public LocalDate getFinalIssuedOn() {
        return finalIssuedOn;
    }

    public LocalDate getNotIssuedOn() {
        return notIssuedOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public Long getPlanId() {
        return planId;
    }

    public boolean isMediation() {
        return mediation;
    }

    public boolean isTribunal() {
        return tribunal;
    }

    public List<AdviceRequest> getAdvice() {
        return advice;
    }

    public List<TimescaleException> getExceptions() {
        return exceptions;
    }

    public List<SettingConsultation> getConsultations() {
        return consultations;
    }

    public LocalDate getFamilyRespondedOn() {
        return familyRespondedOn;
    }

    public String getFamilyComments() {
        return familyComments;
    }

    public EducationSetting getFamilySetting() {
        return familySetting;
    }
}
