package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.spi.access.AccessGuard;

import java.security.Principal;

/**
 * Verifying the whole audit chain on a person's request, a chunk per call so a long trail neither
 * ties up one request nor fills memory. Needs {@code core:audit}; each finished check is audited,
 * checkpointed when intact, and recorded: an intact result clears a break raised earlier.
 */
@ApplicationScoped
public class ChainVerifier {

    /** Entries per call: a few seconds' work on Derby at most. */
    static final int CHUNK = 50_000;

    @Inject
    private AuditChain chain;

    @Inject
    private ChainMonitor monitor;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext securityContext;

    public ChainCheck start() {
        require();
        return chain.startFull();
    }

    /** Checks the next chunk; once the check is done its result is recorded in the trail. */
    public ChainCheck continueCheck(ChainCheck check) {
        require();
        if (check.isDone()) {
            return check;
        }
        chain.continueCheck(check, CHUNK);
        if (check.isDone()) {
            ChainVerification result = check.getResult();
            Principal caller = securityContext.getCallerPrincipal();
            monitor.conclude(check, caller == null ? AuditLog.ANONYMOUS : caller.getName());
            String detail = result.getSummary() + " (" + check.getElapsedMillis() + " ms)";
            if (result.isIntact()) {
                audit.success("AUDIT_VERIFY", null, null, detail);
            } else {
                audit.failure("AUDIT_VERIFY", null, null, detail);
            }
        }
        return check;
    }

    private void require() {
        if (!access.has(AuditSearch.AUDIT)) {
            audit.denied("AUDIT_VERIFY", null, null, "Needs " + AuditSearch.AUDIT);
            throw new AuditPermissionException(AuditSearch.AUDIT);
        }
    }
}
