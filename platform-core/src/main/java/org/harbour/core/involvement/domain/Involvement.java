package org.harbour.core.involvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One involvement of a child with children's social care: a contact, referral, assessment, plan,
 * enquiry, looked-after period, care-leaver record or early help episode. Every kind shares one
 * table and keeps its DfE codes in typed columns (see ADR 0005); which columns a kind uses, and
 * the rules between them, are in {@link InvolvementRules}.
 */
@Entity
@Table(name = "core_involvement")
public class Involvement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "case_file_id")
    private Long caseFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private InvolvementKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "source_code", length = 4)
    private String sourceCode;

    @Column(name = "primary_need", length = 4)
    private String primaryNeed;

    @Column(nullable = false)
    private boolean nfa;

    @Column(name = "closure_reason", length = 4)
    private String closureReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(length = 200)
    private String factors;

    @Column(name = "outcome_code", length = 10)
    private String outcomeCode;

    @Column(name = "icpc_date")
    private LocalDate icpcDate;

    @Column(name = "category_code", length = 4)
    private String categoryCode;

    @Column(name = "latest_category_code", length = 4)
    private String latestCategoryCode;

    @Column(name = "leaver_status", length = 20)
    private String leaverStatus;

    @Column(name = "in_touch", length = 4)
    private String inTouch;

    @Column(name = "activity_code", length = 4)
    private String activityCode;

    @Column(name = "accommodation_code", length = 4)
    private String accommodationCode;

    @Column(name = "lead_agency", length = 20)
    private String leadAgency;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Involvement() {
    }

    public Involvement(long personId, InvolvementKind kind, LocalDate startDate, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startDate = startDate;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    /** Open: not yet ended, or for an assessment not yet authorised; a contact or discussion is never open. */
    public boolean isOpen() {
        if (kind == InvolvementKind.ASSESSMENT) {
            return completedOn == null;
        }
        return kind.hasEnd() && endDate == null;
    }

    /** The day it ended: the end date, or an assessment's authorisation date. */
    public LocalDate getEndedOn() {
        return kind == InvolvementKind.ASSESSMENT ? completedOn : endDate;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(Long caseFileId) {
        this.caseFileId = caseFileId;
    }

    public InvolvementKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public void setSourceCode(String sourceCode) {
        this.sourceCode = sourceCode;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public boolean isNfa() {
        return nfa;
    }

    public void setNfa(boolean nfa) {
        this.nfa = nfa;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getFactors() {
        return factors;
    }

    public void setFactors(String factors) {
        this.factors = factors;
    }

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public void setOutcomeCode(String outcomeCode) {
        this.outcomeCode = outcomeCode;
    }

    public LocalDate getIcpcDate() {
        return icpcDate;
    }

    public void setIcpcDate(LocalDate icpcDate) {
        this.icpcDate = icpcDate;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getLatestCategoryCode() {
        return latestCategoryCode;
    }

    public void setLatestCategoryCode(String latestCategoryCode) {
        this.latestCategoryCode = latestCategoryCode;
    }

    public String getLeaverStatus() {
        return leaverStatus;
    }

    public void setLeaverStatus(String leaverStatus) {
        this.leaverStatus = leaverStatus;
    }

    public String getInTouch() {
        return inTouch;
    }

    public void setInTouch(String inTouch) {
        this.inTouch = inTouch;
    }

    public String getActivityCode() {
        return activityCode;
    }

    public void setActivityCode(String activityCode) {
        this.activityCode = activityCode;
    }

    public String getAccommodationCode() {
        return accommodationCode;
    }

    public void setAccommodationCode(String accommodationCode) {
        this.accommodationCode = accommodationCode;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(String leadAgency) {
        this.leadAgency = leadAgency;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
