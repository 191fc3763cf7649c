package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and creates staff accounts, their roles and service areas. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AccessVersion accessVersion;

    private final Clock clock = Clock.systemUTC();

    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("""
                        select u from StaffUser u
                        left join fetch u.roles
                        where u.username = :username""", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(this::withServiceAreas);
    }

    private StaffUser withServiceAreas(StaffUser user) {
        user.getServiceAreas().size();
        return user;
    }

    public long countUsers() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    @Requires(CorePermissions.ADMINISTER)
    public ServiceArea createServiceArea(String code, String name) {
        ServiceArea area = new ServiceArea(code, name);
        em.persist(area);
        em.flush(); // the identity column gives the id only on insert, and callers need it
        return area;
    }

    public List<ServiceArea> serviceAreas() {
        return em.createQuery("select a from ServiceArea a order by a.name", ServiceArea.class).getResultList();
    }

    /** Creates an account; the password hash must already be made by {@link PasswordHasher}. */
    @Requires(CorePermissions.ADMINISTER)
    public StaffUser createUser(String username, String displayName, String jobTitle, String passwordHash,
                                List<String> roleCodes, List<ServiceArea> areas) {
        StaffUser user = new StaffUser(username, displayName, jobTitle, passwordHash, Instant.now(clock));
        for (String code : roleCodes) {
            Role role = em.find(Role.class, code);
            if (role == null) {
                throw new IllegalArgumentException("Unknown role " + code);
            }
            user.grant(role);
        }
        areas.forEach(area -> user.joinServiceArea(em.merge(area)));
        em.persist(user);
        accessVersion.changed();
        return user;
    }
}
