package org.harbour.continuingcare.common.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.ActionRefusedException;
import org.harbour.core.caseload.application.RecordAccess;

import java.security.Principal;
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
    private CurrentAccess access;

    @Inject
    private RecordAccess records;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext securityContext;

    private final Clock clock = Clock.systemUTC();

    /** Lets the action go on, or audits and refuses it (403 without the permission, 404 without need to know). */
    public void require(String permission, String action, long personId) {
        requirePermission(permission, action, RecordAccess.RECORD_TYPE, Long.toString(personId));
        records.require(personId, action);
    }

    /** For actions on no one child (panels, totals): the permission alone. */
    public void requirePermission(String permission, String action, String recordType, String recordId) {
        if (!access.has(permission)) {
            audit.denied(action, recordType, recordId, "No " + permission + " permission");
            throw new ActionRefusedException("Your role does not include the permission '" + permission + "'.");
        }
    }

    public boolean has(String permission) {
        return access.has(permission);
    }

    public boolean mayReach(long personId) {
        return records.mayAccess(personId);
    }

    public void success(String action, long personId, String detail) {
        audit.success(action, RecordAccess.RECORD_TYPE, Long.toString(personId), detail);
    }

    public void success(String action, String recordType, String recordId, String detail) {
        audit.success(action, recordType, recordId, detail);
    }

    /** A pathway rule refused the action: written to the trail even though the caller's work rolls back. */
    public void deniedRule(String action, long personId, String detail) {
        audit.denied(action, RecordAccess.RECORD_TYPE, Long.toString(personId), detail);
    }

    public String username() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("Continuing care is recorded by a signed-in member of staff");
        }
        return caller.getName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
