package org.harbour.pause.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.access.domain.BreakGlass;

import java.time.Instant;
import java.util.List;

/** Break-glass accesses: stored once, never changed. */
@ApplicationScoped
public class BreakGlassRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(BreakGlass access) {
        em.persist(access);
        em.flush();
    }

    public boolean openFor(long personId, String username, Instant now) {
        return em.createQuery("select count(b) from BreakGlass b where b.personId = :p and b.username = :u"
                        + " and b.openedAt <= :now and b.expiresAt > :now", Long.class)
                .setParameter("p", personId).setParameter("u", username).setParameter("now", now)
                .getSingleResult() > 0;
    }

    public List<BreakGlass> since(Instant from) {
        return em.createQuery("select b from BreakGlass b where b.openedAt >= :from order by b.openedAt desc", BreakGlass.class)
                .setParameter("from", from).getResultList();
    }

    /** Break-glass opens only records Pause holds: a woman with a participation (by entity name, not class, to keep features apart). */
    public boolean pauseHoldsRecordOf(long personId) {
        return em.createQuery("select count(p) from Participation p where p.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }
}
