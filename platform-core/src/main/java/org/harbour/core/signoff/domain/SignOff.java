package org.harbour.core.signoff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One submission of an assessment or plan for a team manager's sign-off, in the service area of
 * the case it was recorded on, and the manager's decision. A returned piece of work is submitted
 * again as a new row, so the history of returns is kept.
 */
@Entity(name = "SignOff")
@Table(name = "core_sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "involvement_id", nullable = false, updatable = false)
    private long involvementId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "service_area_id", nullable = false, updatable = false)
    private long serviceAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignOffStatus status;

    @Column(name = "submitted_by", nullable = false, length = 80, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Version
    private long version;

    protected SignOff() {
    }

    public SignOff(long involvementId, long personId, long serviceAreaId, String submittedBy, Instant submittedAt) {
        this.involvementId = involvementId;
        this.personId = personId;
        this.serviceAreaId = serviceAreaId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = SignOffStatus.SUBMITTED;
    }

    public void signOff(String manager, Instant at) {
        decide(SignOffStatus.SIGNED_OFF, manager, at, null);
    }

    public void giveBack(String manager, Instant at, String reason) {
        decide(SignOffStatus.RETURNED, manager, at, reason);
    }

    private void decide(SignOffStatus outcome, String manager, Instant at, String reason) {
        if (status != SignOffStatus.SUBMITTED) {
            throw new IllegalStateException("Already decided: " + status);
        }
        this.status = outcome;
        this.decidedBy = manager;
        this.decidedAt = at;
        this.returnReason = reason;
    }

    public boolean isPending() {
        return status == SignOffStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public long getInvolvementId() {
        return involvementId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getServiceAreaId() {
        return serviceAreaId;
    }

    public SignOffStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public long getVersion() {
        return version;
    }
}
