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
import org.harbour.core.identity.application.SignInResult;
import org.harbour.core.identity.application.SignInService;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.application.AccountPasswords;

/**
 * The portal's one authentication mechanism. Staff sign in through the portal's own login page
 * (a Faces view calling {@code SecurityContext.authenticate}); the page first asked for is saved
 * and reopened after sign-in ({@link LoginToContinue}), and the sign-in lasts for the session
 * ({@link AutoApplySession}). Jakarta Security allows one mechanism per application, so other
 * ways of signing in join here rather than beside it.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({Role.ADMIN, Role.PRACTITIONER, Role.MANAGER, Role.COMMISSIONER, Role.ANALYST})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!context.isAuthenticationRequest()) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return context.doNothing();
        }
        SignInResult result = signIn.withPassword(login.getCaller(), login.getPassword().getValue());
        request.setAttribute(SignInResult.ATTRIBUTE, result);
        if (!result.isAccepted()) {
            // Not a failure status: that would answer the form's post with a bare 401 rather than
            // letting the login page say what went wrong.
            return context.doNothing();
        }
        return signedIn(request, context, result);
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
