package org.harbour.core.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.identity.application.PermissionCatalogue;
import org.harbour.core.identity.application.RoleAdministration.RoleView;
import org.harbour.core.identity.application.RoleAdministration;
import org.harbour.core.identity.domain.Permission;
import org.harbour.core.spi.error.EditConflictException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Backs admin/roles.xhtml: which permissions each role grants, as a matrix of permissions
 * (core's and every module's) against roles, and new roles.
 */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoleAdministration roles;

    @Inject
    private PermissionCatalogue catalogue;

    /** A permission, one row of the matrix. */
    public record PermissionRow(String code, String moduleId, String description) implements Serializable {
        public String getCode() { return code; }
        public String getModuleId() { return moduleId; }
        public String getDescription() { return description; }
    }

    private List<RoleView> roleColumns;
    private List<PermissionRow> permissions;
    private HashMap<String, Boolean> granted;
    private String newCode;
    private String newName;
    private String newDescription;

    @PostConstruct
    void load() {
        roleColumns = roles.roles();
        permissions = new ArrayList<>();
        for (Permission p : catalogue.all()) {
            permissions.add(new PermissionRow(p.getCode(), p.getModuleId(), p.getDescription()));
        }
        granted = new HashMap<>();
        for (RoleView role : roleColumns) {
            for (PermissionRow p : permissions) {
                granted.put(key(role.code(), p.code()), role.permissions().contains(p.code()));
            }
        }
    }

    private static String key(String role, String permission) {
        return role + "|" + permission;
    }

    /** Saves each role whose ticks changed; a role someone else changed meanwhile is left as they saved it. */
    public void save() {
        String actor = actor();
        int changes = 0;
        List<String> conflicts = new ArrayList<>();
        for (RoleView role : roleColumns) {
            Set<String> wanted = new TreeSet<>();
            permissions.stream().filter(p -> Boolean.TRUE.equals(granted.get(key(role.code(), p.code()))))
                    .forEach(p -> wanted.add(p.code()));
            if (wanted.equals(role.permissions())) {
                continue;
            }
            try {
                changes += roles.setPermissions(role.code(), role.version(), wanted, actor);
            } catch (EditConflictException e) {
                conflicts.add(role.name() + " (changed by " + (e.getChangedBy() == null ? "someone else"
                        : e.getChangedBy()) + (e.getChangedAt() == null ? "" : " at "
                        + UsersPage.WHEN.format(e.getChangedAt())) + ")");
            }
        }
        if (conflicts.isEmpty()) {
            Messages.addGlobalInfo(changes == 0 ? "No permission changed." : changes + " permission change(s) saved."
                    + " They apply at once.");
            load();
        } else {
            Messages.addGlobalError("Not saved for " + String.join(", ", conflicts)
                    + ": someone saved that role after you opened this page. Your ticks are still shown;"
                    + " reload to see the current grants, then make your changes again."
                    + (changes > 0 ? " " + changes + " change(s) to other roles were saved." : ""));
            Faces.validationFailed();
        }
    }

    public void reload() {
        load();
    }

    public void createRole() {
        try {
            roles.create(newCode, newName, newDescription, actor());
            Messages.addGlobalInfo("Role " + newName + " created. Tick the permissions it grants below.");
            newCode = null;
            newName = null;
            newDescription = null;
            load();
        } catch (AccountRuleViolation e) {
            AdminRefusals.ruleBroken(e, "role-form");
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public List<RoleView> getRoles() {
        return roleColumns;
    }

    public List<PermissionRow> getPermissions() {
        return permissions;
    }

    public Map<String, Boolean> getGranted() {
        return granted;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
