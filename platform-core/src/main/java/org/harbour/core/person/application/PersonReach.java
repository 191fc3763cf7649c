package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * The person index's part of need to know, for persons no open case makes reachable:
 * <ul>
 * <li>a person recorded by a member of staff is known to that member's service area until a
 * case of theirs is first allocated (a referral waiting at the front door keeps them reachable);
 * from then on the allocation decides, also after the case closes;</li>
 * <li>a person never allocated a case (a parent, a sibling not known to the service) may be
 * reached by staff who reach a person they are currently related to, so a child's worker sees
 * the family recorded on the child's record. A related person with an allocated case of their
 * own stays behind that case's allocation.</li>
 * </ul>
 */
@ApplicationScoped
public class PersonReach {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public boolean reachesWithoutAllocation(long personId, String username, LocalDate today) {
        if (everAllocated(personId)) {
            return false;
        }
        if (knownToUsersArea(personId, username)) {
            return true;
        }
        return relatedPersons(personId, today).stream()
                .anyMatch(other -> allocatedToUsersArea(other, username)
                        || (!everAllocated(other) && knownToUsersArea(other, username)));
    }

    /** Whether a case of the person's has ever been allocated; an unallocated case (e.g. at the front door) is not. */
    private boolean everAllocated(long personId) {
        return em.createQuery("select count(a) from Allocation a where a.caseFile.person.id = :person", Long.class)
                .setParameter("person", personId).getSingleResult() > 0;
    }

    private boolean knownToUsersArea(long personId, String username) {
        return em.createQuery("""
                        select count(k) from PersonKnownTo k, StaffUser u join u.serviceAreas s
                        where k.personId = :person and u.username = :username and s.id = k.serviceAreaId""", Long.class)
                .setParameter("person", personId).setParameter("username", username)
                .getSingleResult() > 0;
    }

    private boolean allocatedToUsersArea(long personId, String username) {
        return em.createQuery("""
                        select count(a) from Allocation a, StaffUser u join u.serviceAreas s
                        where a.caseFile.person.id = :person and a.endedOn is null and a.caseFile.closedOn is null
                          and u.username = :username and s = a.serviceArea""", Long.class)
                .setParameter("person", personId).setParameter("username", username)
                .getSingleResult() > 0;
    }

    private List<Long> relatedPersons(long personId, LocalDate today) {
        return em.createQuery("""
                        select case when r.from.id = :person then r.to.id else r.from.id end
                        from PersonRelationship r
                        where (r.from.id = :person or r.to.id = :person)
                          and (r.endedOn is null or r.endedOn >= :today)""", Long.class)
                .setParameter("person", personId).setParameter("today", today)
                .getResultList();
    }
}
