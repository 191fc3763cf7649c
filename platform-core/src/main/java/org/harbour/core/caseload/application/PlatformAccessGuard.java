package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.error.ActionRefusedException;

import java.security.Principal;

/** The platform's {@link AccessGuard}: role permissions and module switches of the request, reach by {@link RecordAccess}. */
@ApplicationScoped
public class PlatformAccessGuard implements AccessGuard {

    @Inject
    private CurrentAccess access;

    @Inject
    private RecordAccess records;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext securityContext;

    @Override
    public boolean has(String permission) {
        return access.has(permission);
    }

    @Override
    public boolean canUseModule(String moduleId) {
        return access.canUseModule(moduleId);
    }

    @Override
    public boolean mayReach(long personId) {
        return records.mayAccess(personId);
    }

    @Override
    public void requirePermission(String permission, String action, String recordType, String recordId) {
        if (!access.has(permission)) {
            audit.denied(action, recordType, recordId, "No " + permission + " permission");
            throw new ActionRefusedException("Your role does not include the permission '" + permission + "'.");
        }
    }

    @Override
    public void requireReach(long personId, String action) {
        records.require(personId, action);
    }

    @Override
    public String username() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new ActionRefusedException("This is recorded by a signed-in member of staff.");
        }
        return caller.getName();
    }
}
