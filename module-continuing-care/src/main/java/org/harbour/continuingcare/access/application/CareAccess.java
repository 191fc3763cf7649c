package org.harbour.continuingcare.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.audit.Audit;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The two checks every continuing-care action on a child makes, in order: the user's role grants
 * the module permission for the action, and the user may reach the child's record. Both refusals
 * are audited under the child's person id.
 */
@ApplicationScoped
public class CareAccess {

    @Inject
    private AccessGuard guard;

    @Inject
    private Audit audit;

    private final Clock clock = Clock.systemUTC();

    /** Lets the action go on, or audits and refuses it (403 without the permission, 404 without need to know). */
    public void require(String permission, String action, long personId) {
        guard.require(permission, action, personId);
    }

    /** For actions on no one child (panels, totals): the permission alone. */
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

    /** A pathway rule refused the action: written to the trail even though the caller's work rolls back. */
    public void deniedRule(String action, long personId, String detail) {
        audit.denied(action, Audit.PERSON, Long.toString(personId), detail);
    }

    public String username() {
        return guard.username();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
