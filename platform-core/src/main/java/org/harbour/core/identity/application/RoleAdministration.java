package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.domain.Permission;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Roles and the permissions each grants, as data an administrator edits. Permission checks
 * read the grants afresh for every request, so a change applies at once.
 */
@ApplicationScoped
@Requires(CorePermissions.ADMINISTER)
public class RoleAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AccessVersion accessVersion;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A role as the roles page shows it: getters because Jakarta EL does not read record accessors. */
    public record RoleView(String code, String name, String description, long version, Set<String> permissions,
                           String updatedBy) implements java.io.Serializable {
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getDescription() { return description; }
        public long getVersion() { return version; }
        public Set<String> getPermissions() { return permissions; }
        public String getUpdatedBy() { return updatedBy; }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleView> roles() {
        return em.createQuery("select r from Role r order by r.name", Role.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList().stream()
                .map(r -> new RoleView(r.getCode(), r.getName(), r.getDescription(), r.getVersion(),
                        r.getPermissions().stream().map(Permission::getCode).collect(Collectors.toCollection(TreeSet::new)),
                        r.getUpdatedBy()))
                .toList();
    }

    @Transactional
    public void create(String code, String name, String description, String actor) {
        String cleanCode = code == null ? "" : code.trim().toUpperCase();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new AccountRuleViolation("code",
                    "Use 2 to 40 capital letters, digits and underscores, starting with a letter.");
        }
        if (em.find(Role.class, cleanCode) != null) {
            throw new AccountRuleViolation("code", "There is already a role " + cleanCode + ".");
        }
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            throw new AccountRuleViolation("name", "Enter a name of at most 120 characters.");
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.trim();
        if (cleanDescription != null && cleanDescription.length() > 400) {
            throw new AccountRuleViolation("description", "Use at most 400 characters.");
        }
        Role role = new Role(cleanCode, name.trim(), cleanDescription);
        role.changedBy(actor, clock.instant());
        em.persist(role);
        audit.as(actor, "ROLE_CREATE", "role", cleanCode, Outcome.SUCCESS, null);
    }

    /**
     * Makes the role grant exactly these permissions, auditing each grant and revocation;
     * refused when someone changed the role since {@code expectedVersion}.
     *
     * @return how many grants changed
     */
    @Transactional
    public int setPermissions(String roleCode, long expectedVersion, Collection<String> permissionCodes, String actor) {
        Role role = em.find(Role.class, roleCode, LockModeType.PESSIMISTIC_WRITE);
        if (role == null) {
            throw new AccountRuleViolation(null, "There is no role " + roleCode + ".");
        }
        em.refresh(role);
        if (role.getVersion() != expectedVersion) {
            throw new EditConflictException(role.getUpdatedBy(), role.getUpdatedAt(), role.getVersion());
        }
        Map<String, Permission> wanted = permissionCodes.stream().distinct()
                .collect(Collectors.toMap(c -> c, this::permission));
        Set<String> held = role.getPermissions().stream().map(Permission::getCode).collect(Collectors.toSet());
        int changes = 0;
        for (Permission p : List.copyOf(role.getPermissions())) {
            if (!wanted.containsKey(p.getCode())) {
                role.revoke(p);
                audit.as(actor, "PERMISSION_REVOKE", "role", roleCode, Outcome.SUCCESS, p.getCode());
                changes++;
            }
        }
        for (Permission p : wanted.values()) {
            if (!held.contains(p.getCode())) {
                role.grant(p);
                audit.as(actor, "PERMISSION_GRANT", "role", roleCode, Outcome.SUCCESS, p.getCode());
                changes++;
            }
        }
        if (changes > 0) {
            role.changedBy(actor, clock.instant());
            accessVersion.changed();
        }
        return changes;
    }

    private Permission permission(String code) {
        Permission permission = em.find(Permission.class, code);
        if (permission == null) {
            throw new AccountRuleViolation(null, "There is no permission " + code + ".");
        }
        return permission;
    }
}
