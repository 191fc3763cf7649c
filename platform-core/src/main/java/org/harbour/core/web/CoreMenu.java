package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.access.web.CorePageGuards;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.returns.application.ReturnCatalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Core's own navigation: case work above the modules, administration below them. Each link
 * shows only to staff whose roles grant the permission its page folder needs.
 */
@Named
@RequestScoped
public class CoreMenu {

    /** A link: Faces outcome, label, PrimeIcons class, permission needed, element id. */
    public static final class Link {
        private final String outcome;
        private final String label;
        private final String icon;
        private final String permission;
        private final String id;

        Link(String outcome, String label, String icon, String permission, String id) {
            this.outcome = outcome;
            this.label = label;
            this.icon = icon;
            this.permission = permission;
            this.id = id;
        }

        public String getOutcome() {
            return outcome;
        }

        public String getLabel() {
            return label;
        }

        public String getIcon() {
            return icon;
        }

        public String getPermission() {
            return permission;
        }

        public String getId() {
            return id;
        }

        /** The view id this link opens, for aria-current. */
        public String getViewId() {
            return outcome + ".xhtml";
        }
    }

    private static final List<Link> CASE_WORK = List.of(
            new Link("/work/my-work", "My work", "pi pi-inbox", CorePageGuards.RECORDS, "nav-my-work"),
            new Link("/people/search", "People", "pi pi-search", CorePageGuards.RECORDS, "nav-people"),
            new Link("/team/caseloads", "Team caseloads", "pi pi-users", CorePageGuards.ALLOCATE, "nav-team"),
            new Link("/team/sign-off", "Sign-off", "pi pi-check-square", CorePermissions.SIGN_OFF, "nav-sign-off"));

    private static final List<Link> ADMINISTRATION = List.of(
            new Link("/admin/modules", "Modules", "pi pi-cog", CorePageGuards.ADMINISTER, "nav-admin-modules"),
            new Link("/admin/users", "Users", "pi pi-user-edit", CorePageGuards.ADMINISTER, "nav-admin-users"),
            new Link("/admin/roles", "Roles and permissions", "pi pi-key", CorePageGuards.ADMINISTER, "nav-admin-roles"),
            new Link("/admin/areas", "Service areas", "pi pi-sitemap", CorePageGuards.ADMINISTER, "nav-admin-areas"),
            new Link("/audit/trail", "Audit trail", "pi pi-history", CorePageGuards.AUDIT, "nav-audit"));

    /** Shown to staff who may run any deployed module's return; each return's own permission is checked on its page. */
    private static final Link RETURNS = new Link("/returns/returns", "Statutory returns", "pi pi-file-export", null,
            "nav-returns");

    @Inject
    private CurrentAccess access;

    @Inject
    private ReturnCatalogue returns;

    public List<Link> getCaseWork() {
        List<Link> links = new ArrayList<>(CASE_WORK.stream().filter(l -> access.has(l.getPermission())).toList());
        if (returns.all().stream().anyMatch(r -> access.has(r.definition().permission()))) {
            links.add(RETURNS);
        }
        return links;
    }

    public List<Link> getAdministration() {
        return ADMINISTRATION.stream().filter(l -> access.has(l.getPermission())).toList();
    }
}
