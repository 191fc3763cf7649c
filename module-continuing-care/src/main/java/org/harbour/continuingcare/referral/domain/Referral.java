package org.harbour.continuingcare.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A child referred for continuing care, with the checklist and the dates the pathway is measured by. */
@Entity
@Table(name = "continuing_care_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(nullable = false, length = 80)
    private String referrer;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.CHECKLIST;

    @Column(length = 80)
    private String assessor;

    @Column(name = "checklist_completed_on")
    private LocalDate checklistCompletedOn;

    @Column(name = "assessment_completed_on")
    private LocalDate assessmentCompletedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 20)
    private String outcome;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(long personId, LocalDate referredOn, String reason, String by, Instant at) {
        this.personId = personId;
        this.referredOn = referredOn;
        this.reason = reason;
        this.referrer = by;
        this.recordedBy = by;
        this.recordedAt = at;
        for (EvidenceItem item : EvidenceItem.values()) {
            evidence.add(new Evidence(this, item));
        }
    }

    /** Required evidence not yet received: what stops the referral going to assessment. */
    public List<EvidenceItem> gaps() {
        return evidence.stream().filter(Evidence::isMissing).map(Evidence::getItem).toList();
    }

    public Evidence evidence(EvidenceItem item) {
        return evidence.stream().filter(e -> e.getItem() == item).findFirst().orElseThrow();
    }

    public void sendToAssessment(String assessor, LocalDate on) {
        this.assessor = assessor;
        this.checklistCompletedOn = on;
        this.status = ReferralStatus.ASSESSMENT;
    }

    public void assessmentCompleted(LocalDate on) {
        this.assessmentCompletedOn = on;
        this.status = ReferralStatus.READY_FOR_PANEL;
    }

    public void decided(String outcome, LocalDate on, boolean deferred) {
        this.outcome = outcome;
        this.status = deferred ? ReferralStatus.DEFERRED : ReferralStatus.DECIDED;
        this.decidedOn = deferred ? null : on;
    }

    public void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Who changed it last (or recorded it), for edit conflicts. */
    public String getChangedBy() {
        return updatedBy != null ? updatedBy : recordedBy;
    }

    public Instant getChangedAt() {
        return updatedAt != null ? updatedAt : recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
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

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReferralStatus getStatus() {
        return status;
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

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
