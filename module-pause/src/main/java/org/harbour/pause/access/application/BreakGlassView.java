package org.harbour.pause.access.application;

import org.harbour.pause.access.domain.BreakGlass;

import java.time.Instant;

/** A break-glass access as the team leader sees it. */
public final class BreakGlassView {

    private final long personId;
    private final String personName;
    private final String username;
    private final String reason;
    private final Instant openedAt;
    private final Instant expiresAt;

    public BreakGlassView(BreakGlass b, String personName) {
        this.personId = b.getPersonId();
        this.personName = personName;
        this.username = b.getUsername();
        this.reason = b.getReason();
        this.openedAt = b.getOpenedAt();
        this.expiresAt = b.getExpiresAt();
    }

    public long getPersonId() { return personId; }
    public String getPersonName() { return personName; }
    public String getUsername() { return username; }
    public String getReason() { return reason; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
