package org.harbour.send.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.People;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every SEND service does around an action on a child: the permission and the user's reach
 * (refusals audited by the guard), the audit entry of what was done, the version check that stops
 * one officer overwriting another's change, and the domain's refusal turned into a rule refusal.
 */
@ApplicationScoped
public class SendAccess {

    @Inject
    private AccessGuard guard;

    @Inject
    private Audit audit;

    @Inject
    private People people;

    private final Clock clock = Clock.systemUTC();

    public void require(String permission, String action, long personId) {
        guard.require(permission, action, personId);
    }

    public void requirePermission(String permission, String action, String recordType, String recordId) {
        guard.requirePermission(permission, action, recordType, recordId);
    }

    public boolean has(String permission) {
        return guard.has(permission);
    }

    public boolean mayReach(long personId) {
        return guard.mayReach(personId);
    }

    public void success(String action, long personId, String detail) {
        audit.success(action, Audit.PERSON, Long.toString(personId), detail);
    }

    public void success(String action, String recordType, String recordId, String detail) {
        audit.success(action, recordType, recordId, detail);
    }

    /** A rule refused the action: audited (kept though the work rolls back) and refused with the reason. */
    public RuleRefusedException refused(String action, long personId, String field, String reason) {
        audit.denied(action, Audit.PERSON, Long.toString(personId), reason);
        return new RuleRefusedException(field, reason, List.of());
    }

    /** Input a rule refused (answered as field problems): audited, the caller throws the problems. */
    public void denied(String action, long personId, String reason) {
        audit.denied(action, Audit.PERSON, Long.toString(personId), reason);
    }

    /** Runs a domain step; its refusal (an out-of-order step) becomes an audited rule refusal. */
    public <T> T step(String action, long personId, String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalStateException e) {
            throw refused(action, personId, field, e.getMessage());
        }
    }

    public static void checkVersion(long current, Long sent, String changedBy, Instant changedAt) {
        if (sent == null) {
            throw new InvalidInputException("version", "Send the version you read, so that no one's change is lost.");
        }
        if (current != sent) {
            throw new EditConflictException(changedBy, changedAt);
        }
    }

    /** A day of a step: given, not in the future. */
    public LocalDate day(LocalDate given, String field) {
        if (given == null) {
            throw new InvalidInputException(field, "Enter the date.");
        }
        if (given.isAfter(today())) {
            throw new InvalidInputException(field, "The date cannot be in the future.");
        }
        return given;
    }

    public String nameOf(long personId) {
        return people.nameOf(personId);
    }

    public String username() {
        return guard.username();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
