package org.harbour.core.access.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.identity.application.PermissionCatalogue;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.module.PermissionDefinition;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

/**
 * What the signed-in member of staff may do in this request: the permissions their roles grant
 * and the modules their service areas have switched on. Worked out afresh per request, so an
 * administrator's change applies at once.
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

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    private Set<String> granted;
    private Set<String> enabledModules;
    private Set<Long> serviceAreaIds;

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean has(String permission) {
        if (granted == null) {
            String username = username();
            granted = username == null ? Set.of() : new HashSet<>(permissions.codesOf(username));
        }
        return granted.contains(permission);
    }

    /** Modules switched on for at least one of the user's service areas. */
    public Set<String> enabledModules() {
        if (enabledModules == null) {
            enabledModules = username() == null ? Set.of() : switchboard.enabledFor(serviceAreaIds());
        }
        return enabledModules;
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

    /** Ids of the service areas the signed-in user belongs to, read once per request. */
    public Set<Long> serviceAreaIds() {
        if (serviceAreaIds == null) {
            String username = username();
            serviceAreaIds = username == null ? Set.of() : Set.copyOf(em.createQuery(
                            "select a.id from StaffUser u join u.serviceAreas a where u.username = :username", Long.class)
                    .setParameter("username", username).getResultList());
        }
        return serviceAreaIds;
    }
}
