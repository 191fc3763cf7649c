package org.harbour.core.identity.application;

import java.time.Instant;

/** Someone saved the record after the page showing it was loaded; nothing was saved over their change. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final transient Instant changedAt;

    public ConcurrentChangeException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + (changedBy == null ? "someone else" : changedBy) + " after you opened it");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the newer version, when known. */
    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
