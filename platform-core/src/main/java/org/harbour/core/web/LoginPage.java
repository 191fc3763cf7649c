package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;

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
    private AuditLog audit;

    @Inject
    private IdentityStoreHandler identityStores;

    @NotBlank(message = "Enter your username")
    @Size(max = 80)
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String attempted = username.trim().toLowerCase();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(attempted, new Password(password));
        password = null;
        // Checked first so that wrong credentials come back to this form with a message; the
        // authentication mechanism itself would answer them with a bare 401.
        if (identityStores.validate(credential).getStatus() != CredentialValidationResult.Status.VALID) {
            refuse(attempted);
            return;
        }
        // A fresh session id at every sign-in (OWASP ASVS 3.2.1). Rotated before authenticating, so the
        // page the member of staff first asked for, saved in the session, survives and they land on it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(credential));
        switch (status) {
            case SEND_CONTINUE -> {
                audit.as(attempted, "LOGIN", Outcome.SUCCESS, null);
                facesContext.responseComplete();
            }
            case SUCCESS -> {
                audit.as(attempted, "LOGIN", Outcome.SUCCESS, null);
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> refuse(attempted);
        }
    }

    private void refuse(String attempted) {
        audit.as(attempted, "LOGIN", Outcome.FAILURE, "Username or password not recognised");
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Username or password not recognised.", "Check them and try again."));
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
