package org.harbour.youthjustice.caution.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.caution.domain.CautionDuty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored duties to assess after a caution. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CautionDutyRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public CautionDuty add(CautionDuty duty) {
        em.persist(duty);
        em.flush();
        return duty;
    }

    public void flush() {
        em.flush();
    }

    public Optional<CautionDuty> find(long id) {
        return Optional.ofNullable(em.find(CautionDuty.class, id));
    }

    public List<CautionDuty> ofChild(long personId) {
        return em.createQuery("select d from YjCautionDuty d where d.personId = :p order by d.arisenOn desc, d.id desc", CautionDuty.class)
                .setParameter("p", personId).getResultList();
    }

    public List<CautionDuty> owedFor(Collection<Long> personIds) {
        return em.createQuery("select d from YjCautionDuty d where d.assessedOn is null and d.personId in :ids", CautionDuty.class)
                .setParameter("ids", personIds).getResultList();
    }

    /** Every duty still owed, soonest due first: the due list. */
    public List<CautionDuty> owed() {
        return em.createQuery("select d from YjCautionDuty d where d.assessedOn is null order by d.dueOn, d.id", CautionDuty.class)
                .getResultList();
    }
}
