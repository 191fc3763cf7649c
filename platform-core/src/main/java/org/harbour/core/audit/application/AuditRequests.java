package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/** Tells the entries of one request apart from those of another, so its reads of a record can be chained as one. */
@ApplicationScoped
public class AuditRequests {

    private static final String REF = AuditRequests.class.getName() + ".ref";

    @Inject
    private HttpServletRequest request;

    /** A reference unique to the current request, or null outside a request (start-up, jobs, worker threads). */
    public String current() {
        try {
            Object ref = request.getAttribute(REF);
            if (ref == null) {
                ref = UUID.randomUUID().toString();
                request.setAttribute(REF, ref);
            }
            return (String) ref;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
