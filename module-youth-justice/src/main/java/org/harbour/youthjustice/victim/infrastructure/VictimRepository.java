package org.harbour.youthjustice.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.victim.domain.Victim;

import java.util.List;
import java.util.Optional;

/** Stored victims. No checks here: the service checks, victims' permission first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VictimRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Victim add(Victim victim) {
        em.persist(victim);
        em.flush();
        return victim;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Victim> find(long id) {
        return Optional.ofNullable(em.find(Victim.class, id));
    }

    public List<Victim> ofChild(long personId) {
        return em.createQuery("select v from YjVictim v where v.personId = :p order by v.offenceId desc, v.id", Victim.class)
                .setParameter("p", personId).getResultList();
    }
}
