package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.access.application.CurrentAccess;

/**
 * Verifying the audit chain on a person's request, a chunk per call so a long trail neither
 * ties up one request nor fills memory. Needs {@code core:audit}; each finished check is audited.
 */
@ApplicationScoped
public class ChainVerifier {

    /** Entries per call: a few seconds' work on Derby at most. */
    static final int CHUNK = 50_000;

    @Inject
    private AuditTrail trail;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    public ChainCheck start() {
        require();
        return trail.startCheck();
    }

    /** Checks the next chunk; once the check is done its result is recorded in the trail. */
    public ChainCheck continueCheck(ChainCheck check) {
        require();
        if (check.isDone()) {
            return check;
        }
        trail.continueCheck(check, CHUNK);
        if (check.isDone()) {
            ChainVerification result = check.getResult();
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
