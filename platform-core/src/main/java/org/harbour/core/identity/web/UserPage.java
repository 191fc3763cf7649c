package org.harbour.core.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.AccountPasswords;
import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.identity.application.StaffAdministration;
import org.harbour.core.identity.application.UserDetails;
import org.harbour.core.identity.application.UserDraft;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.web.FieldMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs admin/user.xhtml: creates an account (no {@code id}) or edits one. The version the page
 * was loaded at travels with the view, so a save over someone else's newer change is refused.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "user-form";
    /** The service's field names to the form's input ids, where they differ. */
    private static final Map<String, String> INPUTS = Map.of("displayName", "display-name", "jobTitle", "job-title");

    @Inject
    private StaffAdministration administration;

    @Inject
    private AccountPasswords passwords;

    private Long id;
    private long version;
    private UserDraft draft = new UserDraft();
    private boolean active = true;
    private boolean locked;
    private boolean passwordChangeRequired;
    private String lastSignIn;
    private String updated;
    private boolean missing;
    private List<SelectItem> roleOptions;
    private List<SelectItem> areaOptions;

    /** Typed by the administrator for a new account or a reset; never kept beyond the request. */
    private transient String password;
    /** A generated password, shown once on the page that made it and never stored in the view. */
    private transient String shownPassword;

    /** On opening the page (not on its own post-backs). */
    public void open() {
        roleOptions = administration.roles().stream().map(r -> new SelectItem(r.getCode(), r.getName())).toList();
        areaOptions = administration.serviceAreas().stream()
                .map(a -> new SelectItem(a.getId().toString(), a.getName())).toList();
        if (id != null) {
            reload();
        }
    }

    private void reload() {
        UserDetails details = administration.user(id).orElse(null);
        if (details == null) {
            missing = true;
            Messages.addGlobalError("There is no such account.");
            Faces.validationFailed();
            return;
        }
        version = details.version();
        draft = details.draft();
        active = details.active();
        locked = details.locked();
        passwordChangeRequired = details.passwordChangeRequired();
        lastSignIn = details.lastSignIn() == null ? "Never" : UsersPage.WHEN.format(details.lastSignIn());
        updated = details.updatedAt() == null ? null
                : UsersPage.WHEN.format(details.updatedAt()) + " by " + details.updatedBy();
    }

    public void save() {
        String actor = actor();
        try {
            if (id == null) {
                boolean generated = password == null || password.isEmpty();
                String initial = generated ? passwords.generate(draft.getUsername()) : password;
                id = administration.create(draft, initial, actor);
                reload();
                shownPassword = generated ? initial : null;
                Messages.addGlobalInfo("Account " + draft.getUsername() + " created. " + draft.getDisplayName()
                        + " must choose a new password at first sign-in.");
            } else {
                administration.update(id, version, draft, actor);
                reload();
                Messages.addGlobalInfo("Changes to " + draft.getUsername() + " saved.");
            }
        } catch (InvalidInputException e) {
            FieldMessages.show(FORM, INPUTS, e);
        } catch (AccountRuleViolation e) {
            AdminRefusals.ruleBroken(e, FORM);
        } catch (EditConflictException e) {
            AdminRefusals.savedFirstBySomeoneElse(e);
        } finally {
            password = null;
        }
    }

    public void toggleActive() {
        try {
            administration.setActive(id, version, !active, actor());
            reload();
            Messages.addGlobalInfo(active ? "Account enabled." : "Account disabled: " + draft.getUsername()
                    + " can no longer sign in.");
        } catch (AccountRuleViolation e) {
            AdminRefusals.ruleBroken(e, FORM);
        } catch (EditConflictException e) {
            AdminRefusals.savedFirstBySomeoneElse(e);
        }
    }

    public void unlock() {
        administration.unlock(draft.getUsername(), actor());
        reload();
        Messages.addGlobalInfo("Sign-in unlocked for " + draft.getUsername() + ".");
    }

    public void resetPassword() {
        try {
            boolean generated = password == null || password.isEmpty();
            String chosen = generated ? passwords.generate(draft.getUsername()) : password;
            administration.resetPassword(id, version, chosen, actor());
            reload();
            shownPassword = generated ? chosen : null;
            Messages.addGlobalInfo("Password reset. " + draft.getDisplayName()
                    + " must choose a new one at next sign-in.");
        } catch (AccountRuleViolation e) {
            Messages.addError("reset-form:reset-password", e.getMessage());
            Faces.validationFailed();
        } catch (EditConflictException e) {
            AdminRefusals.savedFirstBySomeoneElse(e);
        } finally {
            password = null;
        }
    }

    /** Discards the form and shows the account as now stored. */
    public void discardChanges() {
        reload();
    }

    public void backToList() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/users.xhtml");
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserDraft getDraft() {
        return draft;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getLastSignIn() {
        return lastSignIn;
    }

    public String getUpdated() {
        return updated;
    }

    public boolean isMissing() {
        return missing;
    }

    public List<SelectItem> getRoleOptions() {
        return roleOptions;
    }

    public List<SelectItem> getAreaOptions() {
        return areaOptions;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getShownPassword() {
        return shownPassword;
    }
}
