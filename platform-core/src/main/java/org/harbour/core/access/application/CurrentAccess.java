package org.harbour.core.access.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.identity.application.AccessVersion;
import org.harbour.core.identity.application.PermissionCatalogue;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.module.PermissionDefinition;

import java.security.Principal;
import java.util.Set;

/**
 * What the signed-in member of staff may do in this request: the permissions their roles grant
 * and the modules their service areas have switched on. Kept between requests only while the
 * database's access stamp stands still ({@link KeptAccess}), so an administrator's change applies
 * at the next request on every instance.
 */
@Named
@RequestScoped
public class CurrentAccess {

    /** The module id core's own contributions (tabs, chronology, work items) carry. */
    public static final String CORE = "core";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private PermissionCatalogue permissions;

    @Inject
    private ModuleSwitchboard switchboard;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private AccessVersion version;

    @Inject
    private KeptAccess kept;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    private KeptAccess.Access access;

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** The signed-in user's access, read once per request: the stamp first, then (when it moved) the data. */
    private KeptAccess.Access access() {
        if (access == null) {
            String username = username();
            if (username == null) {
                access = new KeptAccess.Access(-1, Set.of(), Set.of(), Set.of());
            } else {
                long stamp = version.current();
                access = kept.of(username, stamp, () -> workedOut(username, stamp));
            }
        }
        return access;
    }

    private KeptAccess.Access workedOut(String username, long stamp) {
        Set<String> granted = Set.copyOf(permissions.codesOf(username));
        Set<Long> areas = Set.copyOf(em.createQuery(
                        "select a.id from StaffUser u join u.serviceAreas a where u.username = :username", Long.class)
                .setParameter("username", username).getResultList());
        return new KeptAccess.Access(stamp, granted, areas, Set.copyOf(switchboard.enabledFor(areas, stamp)));
    }

    public boolean has(String permission) {
        return access().granted().contains(permission);
    }

    /** Modules switched on for at least one of the user's service areas. */
    public Set<String> enabledModules() {
        return access().enabledModules();
    }

    /** Deployed, switched on for one of the user's areas, and the user's role grants its access permission. */
    public boolean canUseModule(String moduleId) {
        return registry.find(moduleId).isPresent()
                && enabledModules().contains(moduleId)
                && has(PermissionDefinition.accessCode(moduleId));
    }

    /**
     * Whether a contribution of the module shows to this user: core's always, a module's when they
     * may use the module (deployed, switched on for one of their areas, granted by their role).
     */
    public boolean shows(String moduleId) {
        return CORE.equals(moduleId) || canUseModule(moduleId);
    }

    /** Ids of the service areas the signed-in user belongs to. */
    public Set<Long> serviceAreaIds() {
        return access().serviceAreaIds();
    }
}
