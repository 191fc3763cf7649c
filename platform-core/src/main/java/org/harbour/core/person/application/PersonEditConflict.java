package org.harbour.core.person.application;

import jakarta.persistence.OptimisticLockException;

import java.time.Instant;

/** The record changed after the user loaded it: who changed it and when, where known. */
public class PersonEditConflict extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public PersonEditConflict(String changedBy, Instant changedAt, long currentVersion) {
        super("The person's record was changed by someone else");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
