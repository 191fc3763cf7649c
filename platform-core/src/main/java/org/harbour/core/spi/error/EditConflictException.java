package org.harbour.core.spi.error;

import jakarta.persistence.OptimisticLockException;

import java.time.Instant;

/**
 * A save based on a version of a record someone has since changed. Says who changed it and
 * when, where known, so the page can tell the user while keeping their input.
 */
public class EditConflictException extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final Long currentVersion;

    public EditConflictException(String changedBy, Instant changedAt) {
        this(changedBy, changedAt, null);
    }

    /** @param currentVersion the record's version now, so a client may deliberately save over it; null if unknown */
    public EditConflictException(String changedBy, Instant changedAt, Long currentVersion) {
        super("Changed by " + (changedBy == null ? "someone else" : changedBy) + " after it was loaded");
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

    public Long getCurrentVersion() {
        return currentVersion;
    }

    /** For staff: who changed the record and when, and that nothing of theirs was saved. */
    public String explanation() {
        String who = changedBy == null ? "Someone else" : changedBy;
        String when = changedAt == null ? "" : " at " + changedAt.toString().replace('T', ' ').substring(0, 16) + " UTC";
        return who + " changed this record" + when + ", after you opened it; nothing was saved. "
                + "Your input is kept: reload the record to see their change, then reapply yours.";
    }
}
