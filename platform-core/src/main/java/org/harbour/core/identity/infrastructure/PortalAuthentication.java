package org.harbour.core.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harbour.core.headers.SecurityHeadersFirst;
import org.harbour.core.identity.application.AccountPasswords;
import org.harbour.core.identity.application.SignInResult;
import org.harbour.core.identity.application.SignInService;
import org.harbour.core.spi.access.Roles;

/**
 * The portal's one authentication mechanism. Staff sign in through the portal's own login page
 * (a Faces view calling {@code SecurityContext.authenticate}); the page first asked for is saved
 * and reopened after sign-in ({@link LoginToContinue}), and the sign-in lasts for the session
 * ({@link AutoApplySession}). Jakarta Security allows one mechanism per application, so other
 * ways of signing in join here rather than beside it: when switched on, the council directory's
 * OpenID Connect sign-in ({@link CouncilSignIn}) answers its own two addresses. It runs before
 * any servlet filter, so the security headers are put on its answers here ({@link SecurityHeadersFirst}).
 */
@ApplicationScoped
@SecurityHeadersFirst
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({Roles.ADMIN, Roles.PRACTITIONER, Roles.MANAGER, Roles.COMMISSIONER, Roles.ANALYST})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private SignInService signIn;

    @Inject
    private CouncilSignIn councilSignIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (councilSignIn.handles(request)) {
            return councilSignIn.handle(request, context);
        }
        if (!context.isAuthenticationRequest()) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        SignInResult result;
        if (credential instanceof SignInResult decided) {
            // The login page has had the password checked already: it knows why a refusal was refused.
            result = decided;
        } else if (credential instanceof UsernamePasswordCredential login) {
            result = signIn.withPassword(login.getCaller(), login.getPassword().getValue());
        } else {
            return context.doNothing();
        }
        request.setAttribute(SignInResult.ATTRIBUTE, result);
        return result.isAccepted() ? signedIn(request, context, result) : context.responseUnauthorized();
    }

    /** A fresh session id at every sign-in (OWASP ASVS 3.2.1), and the forced password change noted. */
    static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, SignInResult result) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        if (result.passwordChangeRequired()) {
            request.getSession().setAttribute(AccountPasswords.CHANGE_REQUIRED, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result.username(), result.groups());
    }
}
