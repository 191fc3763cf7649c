package org.harbour.continuingcare.dsr.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.dsr.domain.Rag;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored entries of the Dynamic Support Register. No checks here: the calling services make them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(RegisterEntry entry) {
        em.persist(entry);
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }

    public Optional<RegisterEntry> find(long entryId) {
        return Optional.ofNullable(em.find(RegisterEntry.class, entryId));
    }

    /** Children on the register now, of one rating or (null) all. */
    public List<RegisterEntry> open(Rag rag) {
        TypedQuery<RegisterEntry> query = em.createQuery("select e from RegisterEntry e where e.closedOn is null"
                + (rag == null ? "" : " and e.rag = :rag"), RegisterEntry.class);
        if (rag != null) {
            query.setParameter("rag", rag);
        }
        return query.getResultList();
    }

    public List<RegisterEntry> openOf(Collection<Long> personIds) {
        return em.createQuery("select e from RegisterEntry e where e.personId in :ids and e.closedOn is null", RegisterEntry.class)
                .setParameter("ids", personIds).getResultList();
    }

    /** The child's entry, open or closed: a child has at most one. */
    public Optional<RegisterEntry> ofChild(long personId) {
        return em.createQuery("select e from RegisterEntry e where e.personId = :p", RegisterEntry.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    public boolean isOnRegister(long personId) {
        return em.createQuery("select count(e) from RegisterEntry e where e.personId = :p and e.closedOn is null", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }
}
