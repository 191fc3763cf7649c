package org.harbour.youthjustice.custody.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.custody.domain.CustodyEpisode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored custody episodes. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustodyRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public CustodyEpisode add(CustodyEpisode episode) {
        em.persist(episode);
        em.flush();
        return episode;
    }

    public void flush() {
        em.flush();
    }

    public Optional<CustodyEpisode> find(long id) {
        return Optional.ofNullable(em.find(CustodyEpisode.class, id));
    }

    public List<CustodyEpisode> ofChild(long personId) {
        return em.createQuery("select c from YjCustodyEpisode c where c.personId = :p order by c.startedOn desc, c.id desc",
                CustodyEpisode.class).setParameter("p", personId).getResultList();
    }

    public boolean openFor(long personId) {
        return em.createQuery("select count(c) from YjCustodyEpisode c where c.personId = :p and c.releasedOn is null", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }

    /** Children still in custody without a resettlement plan or accommodation arranged. */
    public List<CustodyEpisode> resettlementOwedFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select c from YjCustodyEpisode c where c.personId in :ids and c.releasedOn is null
                          and (c.resettlementPlanOn is null or c.releaseAccommodation is null)""", CustodyEpisode.class)
                .setParameter("ids", personIds).getResultList();
    }
}
