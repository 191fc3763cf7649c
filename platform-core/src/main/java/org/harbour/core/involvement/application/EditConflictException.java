package org.harbour.core.involvement.application;

import jakarta.persistence.OptimisticLockException;

import java.time.Instant;

/** A save based on a version someone else has since changed: says who and when, where known. */
public class EditConflictException extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public EditConflictException(String changedBy, Instant changedAt, long currentVersion) {
        super("Changed by " + changedBy + " at " + changedAt + " (version " + currentVersion + ")");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
