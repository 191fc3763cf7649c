package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return reachingWithoutAllocation(List.of(personId), username, today).contains(personId);
    }

    /**
     * Of the persons given, those {@link #reachesWithoutAllocation} reaches, in a handful of queries whatever their
     * number (a search's results, a record's relationships): the same rules, asked of all of them at once.
     */
    public Set<Long> reachingWithoutAllocation(Collection<Long> personIds, String username, LocalDate today) {
        Set<Long> candidates = new LinkedHashSet<>(personIds);
        candidates.removeAll(everAllocated(candidates));
        Set<Long> reached = knownToUsersArea(candidates, username);
        candidates.removeAll(reached);
        if (candidates.isEmpty()) {
            return reached;
        }
        Map<Long, Set<Long>> related = relatedPersons(candidates, today);
        Set<Long> others = new HashSet<>();
        related.values().forEach(others::addAll);
        if (others.isEmpty()) {
            return reached;
        }
        Set<Long> othersAllocated = allocatedToUsersArea(others, username);
        Set<Long> othersEverAllocated = everAllocated(others);
        Set<Long> othersUnallocated = new HashSet<>(others);
        othersUnallocated.removeAll(othersEverAllocated);
        Set<Long> othersKnown = knownToUsersArea(othersUnallocated, username);
        for (Long person : candidates) {
            if (related.getOrDefault(person, Set.of()).stream()
                    .anyMatch(other -> othersAllocated.contains(other) || othersKnown.contains(other))) {
                reached.add(person);
            }
        }
        return reached;
    }

    /** Those of the persons with a case ever allocated; an unallocated case (e.g. at the front door) is not. */
    private Set<Long> everAllocated(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("""
                        select distinct a.caseFile.person.id from Allocation a where a.caseFile.person.id in :persons""",
                        Long.class)
                .setParameter("persons", personIds).getResultList());
    }

    private Set<Long> knownToUsersArea(Collection<Long> personIds, String username) {
        if (personIds.isEmpty()) {
            return new LinkedHashSet<>();
        }
        return new LinkedHashSet<>(em.createQuery("""
                        select distinct k.personId from PersonKnownTo k, StaffUser u join u.serviceAreas s
                        where k.personId in :persons and u.username = :username and s.id = k.serviceAreaId""", Long.class)
                .setParameter("persons", personIds).setParameter("username", username)
                .getResultList());
    }

    /** Those of the persons with an open case allocated in one of the user's service areas. */
    Set<Long> allocatedToUsersArea(Collection<Long> personIds, String username) {
        if (personIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("""
                        select distinct a.caseFile.person.id from Allocation a, StaffUser u join u.serviceAreas s
                        where a.caseFile.person.id in :persons and a.endedOn is null and a.caseFile.closedOn is null
                          and u.username = :username and s = a.serviceArea""", Long.class)
                .setParameter("persons", personIds).setParameter("username", username)
                .getResultList());
    }

    /** Each person's current relations, either side of the relationship. */
    private Map<Long, Set<Long>> relatedPersons(Collection<Long> personIds, LocalDate today) {
        Map<Long, Set<Long>> related = new HashMap<>();
        for (Object[] pair : em.createQuery("""
                        select r.from.id, r.to.id from PersonRelationship r
                        where (r.from.id in :persons or r.to.id in :persons)
                          and (r.endedOn is null or r.endedOn >= :today)""", Object[].class)
                .setParameter("persons", personIds).setParameter("today", today)
                .getResultList()) {
            Long from = (Long) pair[0];
            Long to = (Long) pair[1];
            if (personIds.contains(from)) {
                related.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            }
            if (personIds.contains(to)) {
                related.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            }
        }
        return related;
    }
}
