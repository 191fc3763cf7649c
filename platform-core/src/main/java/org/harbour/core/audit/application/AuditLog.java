package org.harbour.core.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.audit.Audit;

import java.security.Principal;
import java.util.Optional;

/**
 * Records audit entries ({@link PendingStore}, chained by {@link AuditAppender}) for code running in a request: fills in who and from
 * where. Outside a request (start-up, scheduled jobs) the actor is {@code system}. Refusals and
 * failures are kept even when the caller's transaction rolls back (the refusal usually is the
 * reason it does); successes commit or roll back with the work they record. Successes recorded
 * within a {@code @Transactional} service call are appended as one batch when the outermost call
 * returns ({@link AuditBatch}); an identical success recorded twice in one transaction is kept once.
 */
@ApplicationScoped
public class AuditLog implements Audit {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    /** Request attribute set once a refusal of this request is on the trail, so a safety net does not add a second. */
    public static final String REFUSAL_RECORDED = AuditLog.class.getName() + ".refusal";

    @Inject
    private PendingStore store;

    @Inject
    private AuditBatch batch;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    /** Addresses of the load balancers in front, whose X-Forwarded-For header is believed. */
    @Inject
    @ConfigProperty(name = "harbour.audit.trusted-proxies")
    private Optional<String> trustedProxies;

    private ClientAddress clientAddress;

    @PostConstruct
    void configure() {
        clientAddress = new ClientAddress(trustedProxies.orElse(""));
    }

    @Override
    public void success(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.SUCCESS, detail);
    }

    @Override
    public void denied(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.DENIED, detail);
    }

    /** Whether a refusal has been audited while serving the current request. */
    public boolean refusalRecorded() {
        try {
            return request.getAttribute(REFUSAL_RECORDED) != null;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void failure(String action, String recordType, String recordId, String detail) {
        write(action, recordType, recordId, Outcome.FAILURE, detail);
    }

    /** For events whose actor is not the signed-in user, e.g. a failed sign-in. */
    public void as(String actor, String action, Outcome outcome, String detail) {
        append(new AuditEvent(actor, action, null, null, outcome, clientAddress(), detail));
    }

    /** For changes made on someone's behalf, e.g. by a start-up task as {@link #SYSTEM}. */
    public void as(String actor, String action, String recordType, String recordId, Outcome outcome, String detail) {
        append(new AuditEvent(actor, action, recordType, recordId, outcome, clientAddress(), detail));
    }

    private void write(String action, String recordType, String recordId, Outcome outcome, String detail) {
        append(new AuditEvent(actor(), action, recordType, recordId, outcome, clientAddress(), detail));
    }

    private void append(AuditEvent event) {
        if (event.outcome() == Outcome.DENIED) {
            markRefusal();
        }
        if (event.outcome() == Outcome.SUCCESS) {
            if (!batch.hold(event)) {
                store.stage(event);
            }
            return;
        }
        // A refusal or failure after successes of this transaction: they go first, and the refusal joins
        // them, so the appender (which chains in the order entries were written) keeps their order.
        batch.appendHeld();
        if (store.stagedInThisTransaction()) {
            store.stage(event);
        } else {
            store.stageOnItsOwn(event);
        }
    }

    private void markRefusal() {
        try {
            request.setAttribute(REFUSAL_RECORDED, Boolean.TRUE);
        } catch (ContextNotActiveException | IllegalStateException e) {
            // Outside a request (start-up, jobs) there is nothing to mark.
        }
    }

    private String actor() {
        if (SystemWork.isActive()) {
            return SYSTEM;
        }
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? ANONYMOUS : caller.getName();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return SYSTEM;
        }
    }

    /** The client's address; X-Forwarded-For only from a trusted proxy (harbour.audit.trusted-proxies). */
    private String clientAddress() {
        try {
            return clientAddress.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
