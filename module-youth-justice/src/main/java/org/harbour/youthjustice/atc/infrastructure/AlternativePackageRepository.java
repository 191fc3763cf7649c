package org.harbour.youthjustice.atc.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.atc.domain.AlternativePackage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Alternative-to-custody packages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlternativePackageRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public List<AlternativePackage> of(long personId) {
        return em.createQuery("select p from YjAlternativePackage p where p.personId = :p order by p.startedOn desc, p.id desc",
                AlternativePackage.class).setParameter("p", personId).getResultList();
    }

    /** Open packages of the children given: their reviews are owed. */
    public List<AlternativePackage> openOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from YjAlternativePackage p where p.endedOn is null and p.personId in :ids",
                AlternativePackage.class).setParameter("ids", personIds).getResultList();
    }

    public Optional<AlternativePackage> find(long id) {
        return Optional.ofNullable(em.find(AlternativePackage.class, id));
    }

    public AlternativePackage add(AlternativePackage p) {
        em.persist(p);
        em.flush();
        return p;
    }

    public void flush() {
        em.flush();
    }
}
