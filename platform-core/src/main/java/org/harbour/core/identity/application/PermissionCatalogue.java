package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.domain.Permission;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.schema.SchemaReady;
import org.harbour.core.spi.module.PermissionDefinition;

import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the permission table in step with what deployed modules define. A permission seen for
 * the first time is granted to its default roles; after that, grants are administrators' data
 * and are never overwritten.
 */
@ApplicationScoped
public class PermissionCatalogue {

    private static final Logger LOG = Logger.getLogger(PermissionCatalogue.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private Instance<PermissionDefinition> definitions;

    @Inject
    private AccessVersion accessVersion;

    @Transactional
    void register(@Observes SchemaReady ready) {
        for (PermissionDefinition definition : definitions) {
            if (em.find(Permission.class, definition.getCode()) != null) {
                continue;
            }
            Permission permission = new Permission(definition.getCode(), definition.getModuleId(),
                    definition.getDescription());
            em.persist(permission);
            for (String roleCode : definition.getDefaultRoles()) {
                Role role = em.find(Role.class, roleCode);
                if (role == null) {
                    LOG.warning(() -> "Permission " + definition.getCode() + " names unknown role " + roleCode);
                } else {
                    role.grant(permission);
                    accessVersion.changed();
                }
            }
            LOG.info(() -> "New permission " + definition.getCode() + " granted to " + definition.getDefaultRoles());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Permission> all() {
        return em.createQuery("select p from Permission p order by p.moduleId, p.code", Permission.class).getResultList();
    }

    /** Permission codes the user holds through their roles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> codesOf(String username) {
        return em.createQuery("""
                        select distinct p.code from StaffUser u join u.roles r join r.permissions p
                        where u.username = :username and u.active = true""", String.class)
                .setParameter("username", username)
                .getResultList();
    }
}
