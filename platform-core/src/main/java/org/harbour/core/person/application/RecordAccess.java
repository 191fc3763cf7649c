package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.PersonReach;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.ReachSource;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Need to know, for every service that reads or writes a child's record: the signed-in user may
 * reach a person only when their role grants {@code core:records} and the person has an open case
 * allocated in one of the user's service areas, or (for persons with no case yet) the person
 * index's rules of {@link PersonReach} allow it, or a module's {@link ReachSource} does (e.g. a
 * service reaching the children other areas referred to it); or when the role grants
 * {@code core:all-records}. A refusal is audited and answered exactly as an unknown id is, so ids
 * cannot be probed.
 */
@ApplicationScoped
public class RecordAccess {

    public static final String ALL_RECORDS = CorePermissions.ALL_RECORDS;
    public static final String RECORDS = CorePermissions.RECORDS;
    public static final String RECORD_TYPE = "person";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CurrentAccess access;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonReach personReach;

    @Inject
    private Instance<ReachSource> moduleReach;

    /** Whether the signed-in user may reach the person's record; does not audit. */
    public boolean mayAccess(long personId) {
        if (access.has(ALL_RECORDS)) {
            return exists(personId);
        }
        if (!access.has(RECORDS)) {
            // Belonging to an area is not enough: only a role that works with children's records reads them.
            return false;
        }
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            return false;
        }
        boolean allocated = em.createQuery("""
                        select count(a) from Allocation a, StaffUser u join u.serviceAreas s
                        where a.caseFile.person.id = :person and a.endedOn is null and a.caseFile.closedOn is null
                          and u.username = :username and s = a.serviceArea""", Long.class)
                .setParameter("person", personId)
                .setParameter("username", caller.getName())
                .getSingleResult() > 0;
        if (allocated) {
            return true;
        }
        LocalDate today = LocalDate.now(Clock.systemUTC());
        // Persons with no case yet (just recorded, or family members) are reached through the person index.
        return personReach.reachesWithoutAllocation(personId, caller.getName(), today)
                || moduleReach.stream().anyMatch(r -> r.reaches(personId, caller.getName(), today));
    }

    /**
     * Lets the action go on, or audits the refusal under {@code action} and throws
     * {@link RecordNotFoundException} (unknown and refused look the same to the caller).
     */
    public void require(long personId, String action) {
        if (!mayAccess(personId)) {
            audit.denied(action, RECORD_TYPE, Long.toString(personId),
                    exists(personId) ? "Not known to the user's service areas" : "No such record");
            throw new RecordNotFoundException(personId);
        }
    }

    private boolean exists(long personId) {
        return em.createQuery("select count(p) from Person p where p.id = :id", Long.class)
                .setParameter("id", personId).getSingleResult() > 0;
    }
}
