package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.PersonReach;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.ReachSource;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    @Inject
    private ReachDecisions decisions;

    /**
     * Whether the signed-in user may reach the person's record; does not audit. A grant already
     * decided in this request is taken as decided ({@link ReachDecisions}); a refusal is decided again.
     */
    public boolean mayAccess(long personId) {
        return reachable(List.of(personId)).contains(personId);
    }

    /**
     * Of the persons given, those the signed-in user may reach: {@link #mayAccess} for each, decided together in
     * a handful of queries whatever their number, for lists that show each person's reach (search results, a
     * record's relationships). Does not audit.
     */
    public Set<Long> reachable(Collection<Long> personIds) {
        Principal caller = securityContext.getCallerPrincipal();
        String username = caller == null ? null : caller.getName();
        // Work the platform does as the system is not a staff member's request: nothing of it is kept.
        boolean kept = username != null && !SystemWork.isActive();
        Set<Long> reached = new LinkedHashSet<>();
        Set<Long> undecided = new LinkedHashSet<>();
        for (Long personId : personIds) {
            if (kept && grantedInThisRequest(username, personId)) {
                reached.add(personId);
            } else {
                undecided.add(personId);
            }
        }
        if (undecided.isEmpty()) {
            return reached;
        }
        Set<Long> decided = decide(undecided, username);
        if (kept) {
            decided.forEach(personId -> rememberGrant(username, personId));
        }
        reached.addAll(decided);
        return reached;
    }

    private Set<Long> decide(Set<Long> personIds, String username) {
        if (access.has(ALL_RECORDS)) {
            return existing(personIds);
        }
        if (!access.has(RECORDS)) {
            // Belonging to an area is not enough: only a role that works with children's records reads them.
            return new HashSet<>();
        }
        if (username == null) {
            return new HashSet<>();
        }
        Set<Long> reached = personReach.allocatedToUsersArea(personIds, username);
        Set<Long> rest = new LinkedHashSet<>(personIds);
        rest.removeAll(reached);
        LocalDate today = LocalDate.now(Clock.systemUTC());
        if (!rest.isEmpty()) {
            // Persons with no case yet (just recorded, or family members) are reached through the person index.
            Set<Long> throughIndex = personReach.reachingWithoutAllocation(rest, username, today);
            reached.addAll(throughIndex);
            rest.removeAll(throughIndex);
        }
        for (ReachSource source : moduleReach) {
            if (rest.isEmpty()) {
                break;
            }
            // Only what was asked, whatever a module answers.
            Set<Long> throughModule = new HashSet<>(source.reachedOf(Set.copyOf(rest), username, today));
            throughModule.retainAll(rest);
            reached.addAll(throughModule);
            rest.removeAll(throughModule);
        }
        return reached;
    }

    private boolean grantedInThisRequest(String username, long personId) {
        try {
            return decisions.granted(username, personId);
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private void rememberGrant(String username, long personId) {
        try {
            decisions.grant(username, personId);
        } catch (ContextNotActiveException e) {
            // Outside a request (start-up, jobs) every check decides afresh.
        }
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
        return !existing(Set.of(personId)).isEmpty();
    }

    private Set<Long> existing(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select p.id from Person p where p.id in :ids", Long.class)
                .setParameter("ids", personIds).getResultList());
    }
}
