package org.harbour.performance.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** Who is acting: the signed-in member of staff, or {@code system} for the month-end job. */
@ApplicationScoped
public class Actor {

    @Inject
    private SecurityContext securityContext;

    public String name() {
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? "system" : caller.getName();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "system";
        }
    }
}
