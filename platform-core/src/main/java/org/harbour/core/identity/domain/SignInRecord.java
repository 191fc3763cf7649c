package org.harbour.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed sign-ins for one typed username, and the lock they led to. Kept for
 * unknown usernames too, so that a locked name looks the same whether or not it exists.
 */
@Entity
@Table(name = "core_sign_in_record")
public class SignInRecord {

    @Id
    @Column(length = 80)
    private String username;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Version
    private long version;

    protected SignInRecord() {
    }

    public SignInRecord(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failure; the one that reaches {@code maxAttempts} locks the name for {@code lockFor}.
     *
     * @return whether this failure locked the name
     */
    public boolean fail(Instant now, int maxAttempts, Duration lockFor) {
        lastFailureAt = now;
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void succeed(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSuccessAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}
