package org.harbour.core.caseload.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.api.problem.ProblemException;
import org.harbour.core.audit.application.AuditLog;

/** The permission check every case endpoint makes before the record's own need-to-know check. */
@ApplicationScoped
public class CaseApiAccess {

    public static final String RECORDS = "core:records";

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    /** Refuses (403, audited) unless the user's role grants the permission. */
    public void require(String permission, String action, long personId) {
        if (!access.has(permission)) {
            audit.denied(action, "person", Long.toString(personId), "No " + permission + " permission");
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    "Your role does not include the permission '" + permission + "'."));
        }
    }
}
