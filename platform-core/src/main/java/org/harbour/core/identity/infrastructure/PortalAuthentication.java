package org.harbour.core.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.harbour.core.identity.domain.Role;

/**
 * Staff sign in through the portal's own login page (a Faces view) rather than the browser's
 * basic-auth dialog; the page calls {@code SecurityContext.authenticate}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN, Role.PRACTITIONER, Role.MANAGER, Role.COMMISSIONER, Role.ANALYST})
public class PortalAuthentication {
}
