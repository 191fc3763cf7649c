package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;

import java.security.Principal;

/**
 * Convenience over {@link AuditTrail} for code running in a request: fills in who and from
 * where. Outside a request (start-up, scheduled jobs) the actor is {@code system}.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    private AuditTrail trail;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    public void success(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.SUCCESS, detail);
    }

    public void denied(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.DENIED, detail);
    }

    public void failure(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.FAILURE, detail);
    }

    /** For events whose actor is not the signed-in user, e.g. a failed sign-in. */
    public void as(String actor, String action, Outcome outcome, String detail) {
        trail.record(new AuditEvent(actor, action, null, null, outcome, clientAddress(), detail));
    }

    /** For changes made on someone's behalf, e.g. by a start-up task as {@link #SYSTEM}. */
    public void as(String actor, String action, String recordType, String recordId, Outcome outcome, String detail) {
        trail.record(new AuditEvent(actor, action, recordType, recordId, outcome, clientAddress(), detail));
    }

    private void write(String action, String recordType, String recordId, Outcome outcome, String detail) {
        trail.record(new AuditEvent(actor(), action, recordType, recordId, outcome, clientAddress(), detail));
    }

    private String actor() {
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? ANONYMOUS : caller.getName();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return SYSTEM;
        }
    }

    /** The client's address; a load balancer in front is trusted to set X-Forwarded-For. */
    private String clientAddress() {
        try {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
