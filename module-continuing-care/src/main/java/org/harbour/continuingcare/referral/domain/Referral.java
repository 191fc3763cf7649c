package org.harbour.continuingcare.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A child referred for continuing care, with the checklist and the dates the pathway is measured by. */
@Entity
@Table(name = "continuing_care_referral")
public class Referral {

    /** The funding panel's outcome that makes the child eligible, as the panel records it. */
    public static final String ELIGIBLE = "ELIGIBLE";

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

    /** Null until the referral is first changed after it was recorded. */
    @Embedded
    private Stamp stamp;

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

    /** Still gathering the required health evidence: the only stage from which it goes to an assessor. */
    public boolean isCollectingEvidence() {
        return status == ReferralStatus.CHECKLIST;
    }

    /** Past its checklist: the assessment exists or is being written. */
    public boolean hasPassedChecklist() {
        return status != ReferralStatus.CHECKLIST;
    }

    /** With the assessor: the only stage at which the Decision Support Tool may be written. */
    public boolean isAwaitingAssessment() {
        return status == ReferralStatus.ASSESSMENT;
    }

    /** The funding panel has made its final decision (a deferral leaves it open). */
    public boolean isDecided() {
        return status == ReferralStatus.DECIDED;
    }

    /** The funding panel found the child eligible: what packages other than residential placements wait for. */
    public boolean isFoundEligible() {
        return ELIGIBLE.equals(outcome);
    }

    public Evidence evidence(EvidenceItem item) {
        return evidence.stream().filter(e -> e.getItem() == item).findFirst().orElseThrow();
    }

    public void sendToAssessment(String assessor, LocalDate on) {
        if (!isCollectingEvidence()) {
            throw new IllegalStateException("Referral " + id + " has already gone to assessment");
        }
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
        this.stamp = Stamp.of(by, at);
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    /** Who changed it last (or recorded it), for edit conflicts. */
    public String getChangedBy() {
        return stamp != null ? stamp.getUpdatedBy() : recordedBy;
    }

    public Instant getChangedAt() {
        return stamp != null ? stamp.getUpdatedAt() : recordedAt;
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
