package org.harbour.pause.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Emergency access to one woman's Pause record by someone outside the Pause team whose role is
 * named for it, with the reason given, for a few hours; never edited, listed for the team leader.
 */
@Entity
@Table(name = "pause_break_glass")
public class BreakGlass {

    public static final Duration LASTS = Duration.ofHours(4);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, length = 80, updatable = false)
    private String username;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected BreakGlass() {
    }

    public BreakGlass(long personId, String username, String reason, Instant openedAt) {
        this.personId = personId;
        this.username = username;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = openedAt.plus(LASTS);
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(openedAt) && now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getUsername() { return username; }
    public String getReason() { return reason; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
