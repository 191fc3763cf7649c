package org.harbour.core.signoff.application;

import org.harbour.core.signoff.domain.SignOff;
import org.harbour.core.signoff.domain.SignOffStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A submission as the queue, the record and the API show it; getters because Jakarta EL reads no record accessors. */
public final class SignOffView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long involvementId;
    private final long personId;
    private final String childName;
    private final LocalDate childDateOfBirth;
    private final String what;
    private final LocalDate startedOn;
    private final SignOffStatus status;
    private final String submittedBy;
    private final Instant submittedAt;
    private final String decidedBy;
    private final Instant decidedAt;
    private final String returnReason;
    private final long version;

    public SignOffView(SignOff s, String childName, LocalDate childDateOfBirth, String what, LocalDate startedOn) {
        this.id = s.getId();
        this.involvementId = s.getInvolvementId();
        this.personId = s.getPersonId();
        this.childName = childName;
        this.childDateOfBirth = childDateOfBirth;
        this.what = what;
        this.startedOn = startedOn;
        this.status = s.getStatus();
        this.submittedBy = s.getSubmittedBy();
        this.submittedAt = s.getSubmittedAt();
        this.decidedBy = s.getDecidedBy();
        this.decidedAt = s.getDecidedAt();
        this.returnReason = s.getReturnReason();
        this.version = s.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getInvolvementId() {
        return involvementId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public LocalDate getChildDateOfBirth() {
        return childDateOfBirth;
    }

    /** E.g. "Single assessment". */
    public String getWhat() {
        return what;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public SignOffStatus getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status.getLabel();
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
