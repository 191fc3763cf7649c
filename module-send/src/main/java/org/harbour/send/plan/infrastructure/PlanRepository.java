package org.harbour.send.plan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored EHC plans. No checks here: the services check permission and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(EhcPlan plan) {
        em.persist(plan);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<EhcPlan> find(long id) {
        return Optional.ofNullable(em.find(EhcPlan.class, id));
    }

    /** The child's plans, newest first. */
    public List<EhcPlan> ofChild(long personId) {
        return em.createQuery("select p from EhcPlan p where p.personId = :c order by p.draftedOn desc, p.id desc", EhcPlan.class)
                .setParameter("c", personId).getResultList();
    }

    /** Active plans of these children (for reviews due). */
    public List<EhcPlan> activeFor(Collection<Long> personIds) {
        return em.createQuery("select p from EhcPlan p where p.personId in :ids and p.status = :active", EhcPlan.class)
                .setParameter("ids", personIds).setParameter("active", PlanStatus.ACTIVE).getResultList();
    }

    /** Every active plan, with its named setting. */
    public List<EhcPlan> active() {
        return em.createQuery("select p from EhcPlan p left join fetch p.setting where p.status = :active", EhcPlan.class)
                .setParameter("active", PlanStatus.ACTIVE).getResultList();
    }

    public List<EhcPlan> all() {
        return em.createQuery("select p from EhcPlan p", EhcPlan.class).getResultList();
    }
}
