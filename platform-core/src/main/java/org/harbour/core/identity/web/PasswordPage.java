package org.harbour.core.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.harbour.core.identity.application.AccountPasswords;
import org.harbour.core.identity.domain.PasswordPolicy;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Backs account/password.xhtml: any signed-in member of staff changes their password here, and
 * one whose password an administrator set is sent here before anything else. Request scoped, so
 * no password is ever kept in the session.
 */
@Named
@RequestScoped
public class PasswordPage {

    private static final Map<String, String> FIELD_IDS = Map.of(
            AccountPasswords.CURRENT, "current-password",
            AccountPasswords.NEW, "new-password",
            AccountPasswords.CONFIRM, "confirm-password");

    @Inject
    private FacesContext facesContext;

    @Inject
    private AccountPasswords passwords;

    private String current;
    private String newPassword;
    private String confirm;

    /** Whether the user is here because they must change the password before going on. */
    public boolean isRequired() {
        HttpSession session = (HttpSession) facesContext.getExternalContext().getSession(false);
        return session != null && session.getAttribute(AccountPasswords.CHANGE_REQUIRED) != null;
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public void change() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Map<String, List<String>> problems = passwords.changeOwn(request.getUserPrincipal().getName(),
                current, newPassword, confirm);
        current = null;
        newPassword = null;
        confirm = null;
        if (!problems.isEmpty()) {
            problems.forEach((field, messages) -> messages.forEach(message ->
                    Messages.addError("password-form:" + FIELD_IDS.get(field), message)));
            Messages.addGlobalError("Your password has not been changed: see the messages next to the fields.");
            facesContext.validationFailed();
            return;
        }
        request.getSession().removeAttribute(AccountPasswords.CHANGE_REQUIRED);
        Messages.addGlobalInfo("Your password has been changed.");
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
