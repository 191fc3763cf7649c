package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.harbour.core.identity.application.SignInResult;
import org.harbour.core.identity.application.SignInService;
import org.harbour.core.identity.infrastructure.CouncilSignIn;
import org.harbour.core.identity.infrastructure.OidcSettings;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;
import org.omnifaces.util.Messages;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** Backs login.xhtml: hands the typed credentials to Jakarta Security. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private SignInService signIn;

    @Inject
    private OidcSettings oidc;

    @NotBlank(message = "Enter your username")
    @Size(max = 80)
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Checked here, counting failures and auditing, so that a refusal comes back to this form with
        // a message: handing wrong credentials to the authentication mechanism would answer with a bare status.
        SignInResult result = signIn.withPassword(username, password.toCharArray());
        password = null;
        if (!result.isAccepted()) {
            refuse(result);
            return;
        }
        // The mechanism gives the session a new id and reopens the page first asked for (SEND_CONTINUE).
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(result));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> refuse(result);
        }
    }

    /** The same words whether or not the username exists; a lock is named because unknown names lock too. */
    private void refuse(SignInResult result) {
        if (result != null && result.isLocked()) {
            Messages.create("Sign-in is locked for this username after " + signIn.maxAttempts() + " failed attempts.")
                    .detail("Try again in " + signIn.lockoutMinutes() + " minutes, or ask an administrator to unlock it.")
                    .error().add();
        } else {
            Messages.create("Username or password not recognised.").detail("Check them and try again. After "
                    + signIn.maxAttempts() + " failed attempts in a row, sign-in is locked for "
                    + signIn.lockoutMinutes() + " minutes.").error().add();
        }
    }

    /** Whether the form was posted after its session had expired, so the member of staff starts again. */
    public boolean isSessionExpired() {
        return ViewExpiredExceptionHandler.wasViewExpired();
    }

    /** Whether staff may also sign in with their council directory account. */
    public boolean isCouncilSignIn() {
        return oidc.enabled();
    }

    /** Why a council sign-in brought the browser back here, in words for the member of staff; null if it did not. */
    public String getCouncilSignInProblem() {
        if (!oidc.enabled()) {
            return null;
        }
        String outcome = facesContext.getExternalContext().getRequestParameterMap().get(CouncilSignIn.OUTCOME_PARAM);
        if (CouncilSignIn.NO_ACCOUNT.equals(outcome)) {
            return "Your council account is not linked to an active Harbour account. "
                    + "Ask your Harbour administrator to set one up with the same username, or to enable it.";
        }
        if (CouncilSignIn.FAILED.equals(outcome)) {
            return "Signing in with your council account did not work. Try again; if it keeps failing, "
                    + "sign in with your Harbour password or contact the service desk.";
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
