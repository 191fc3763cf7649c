package org.harbour.pause.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.programme.domain.AllocationLock;
import org.harbour.pause.programme.domain.Participation;
import org.harbour.pause.programme.domain.Stage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Participations; callers run in a transaction. */
@ApplicationScoped
public class ParticipationRepository {

    private static final List<Stage> ACTIVE = List.of(Stage.ENGAGEMENT, Stage.INTERVENTION);

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(Participation participation) {
        em.persist(participation);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /**
     * Takes the allocation lock until the transaction ends: a second allocation waits here, and
     * counts the caseload only once the first has committed (or rolled back).
     */
    public void lockAllocations(Instant at) {
        AllocationLock lock = em.find(AllocationLock.class, AllocationLock.ID, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            throw new IllegalStateException("The allocation lock row is missing (migration pause V3)");
        }
        lock.taken(at);
        em.flush();
    }

    public Optional<Participation> find(long id) {
        return Optional.ofNullable(em.find(Participation.class, id));
    }

    /** Her participations, newest first. */
    public List<Participation> ofPerson(long personId) {
        return em.createQuery("select p from Participation p where p.personId = :p order by p.referredOn desc, p.id desc",
                Participation.class).setParameter("p", personId).getResultList();
    }

    public boolean holds(long personId) {
        return em.createQuery("select count(p) from Participation p where p.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }

    public List<Participation> inStages(Collection<Stage> stages) {
        return em.createQuery("select p from Participation p where p.stage in :s order by p.referredOn, p.id", Participation.class)
                .setParameter("s", stages).getResultList();
    }

    public List<Participation> all() {
        return em.createQuery("select p from Participation p order by p.referredOn, p.id", Participation.class).getResultList();
    }

    public List<Participation> activeOf(String practitioner) {
        return em.createQuery("select p from Participation p where p.practitioner = :u and p.stage in :s order by p.allocatedOn, p.id",
                Participation.class).setParameter("u", practitioner).setParameter("s", ACTIVE).getResultList();
    }

    /** How many women the practitioner works with now (engagement or intervention). */
    public long countActive(String practitioner) {
        return em.createQuery("select count(p) from Participation p where p.practitioner = :u and p.stage in :s", Long.class)
                .setParameter("u", practitioner).setParameter("s", ACTIVE).getSingleResult();
    }
}
