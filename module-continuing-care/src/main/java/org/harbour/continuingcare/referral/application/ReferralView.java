package org.harbour.continuingcare.referral.application;

import org.harbour.continuingcare.referral.domain.EvidenceItem;
import org.harbour.continuingcare.referral.domain.Referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A referral with its checklist and its timeliness: days from referral to each step. */
public class ReferralView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final LocalDate referredOn;
    private final String referrer;
    private final String reason;
    private final String status;
    private final String statusLabel;
    private final String assessor;
    private final LocalDate checklistCompletedOn;
    private final LocalDate assessmentCompletedOn;
    private final LocalDate decidedOn;
    private final String outcome;
    private final List<EvidenceView> evidence;
    private final List<String> gaps;
    private final long daysWaiting;
    private final boolean collectingEvidence;
    private final boolean passedChecklist;
    private final boolean awaitingAssessment;
    private final long version;

    public ReferralView(Referral r, String childName, LocalDate today) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.childName = childName;
        this.referredOn = r.getReferredOn();
        this.referrer = r.getReferrer();
        this.reason = r.getReason();
        this.status = r.getStatus().name();
        this.statusLabel = r.getStatus().getLabel();
        this.assessor = r.getAssessor();
        this.checklistCompletedOn = r.getChecklistCompletedOn();
        this.assessmentCompletedOn = r.getAssessmentCompletedOn();
        this.decidedOn = r.getDecidedOn();
        this.outcome = r.getOutcome();
        this.evidence = r.getEvidence().stream().map(EvidenceView::new).toList();
        this.gaps = r.gaps().stream().map(EvidenceItem::getLabel).toList();
        this.daysWaiting = ChronoUnit.DAYS.between(referredOn, decidedOn != null ? decidedOn : today);
        this.collectingEvidence = r.isCollectingEvidence();
        this.passedChecklist = r.hasPassedChecklist();
        this.awaitingAssessment = r.isAwaitingAssessment();
        this.version = r.getVersion();
    }

    private Long daysTo(LocalDate step) {
        return step == null ? null : ChronoUnit.DAYS.between(referredOn, step);
    }

    public Long getDaysToChecklist() {
        return daysTo(checklistCompletedOn);
    }

    public Long getDaysToAssessment() {
        return daysTo(assessmentCompletedOn);
    }

    public Long getDaysToDecision() {
        return daysTo(decidedOn);
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferrer() {
        return referrer;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getAssessor() {
        return assessor;
    }

    public LocalDate getChecklistCompletedOn() {
        return checklistCompletedOn;
    }

    public LocalDate getAssessmentCompletedOn() {
        return assessmentCompletedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<EvidenceView> getEvidence() {
        return evidence;
    }

    public List<String> getGaps() {
        return gaps;
    }

    public long getDaysWaiting() {
        return daysWaiting;
    }

    /** On its checklist: evidence is recorded and it may be sent to an assessor. */
    public boolean isCollectingEvidence() {
        return collectingEvidence;
    }

    /** Past its checklist: its assessment may be read. */
    public boolean isPassedChecklist() {
        return passedChecklist;
    }

    /** With the assessor: its assessment may be written. */
    public boolean isAwaitingAssessment() {
        return awaitingAssessment;
    }

    public long getVersion() {
        return version;
    }
}
