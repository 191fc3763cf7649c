package org.harbour.youthjustice.plan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.Intervention;
import org.harbour.youthjustice.plan.domain.StatusPoint;
import org.harbour.youthjustice.plan.domain.StatusSubject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored interventions and statuses. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Intervention> intervention(long id) {
        return Optional.ofNullable(em.find(Intervention.class, id));
    }

    public List<Intervention> interventionsOf(long personId) {
        return em.createQuery("select i from YjIntervention i where i.personId = :p order by i.startedOn desc, i.id desc",
                Intervention.class).setParameter("p", personId).getResultList();
    }

    public List<ChildStatus> statusesOf(long personId) {
        return em.createQuery("select s from YjChildStatus s where s.personId = :p order by s.assessedOn desc, s.id desc",
                ChildStatus.class).setParameter("p", personId).getResultList();
    }

    /**
     * Orders of the children that stand (not quashed) and have a last day, whose status at the end is
     * not yet taken, soonest end first.
     */
    public List<CourtOrder> ordersAwaitingEndStatus(Collection<Long> personIds) {
        return em.createQuery("""
                        select o from YjCourtOrder o where o.personId in :ids and o.endsOn is not null
                        and not exists (select q from Outcome q where q.id = o.outcomeId and q.quashedOn is not null)
                        and not exists (select s from YjChildStatus s where s.subjectType = :order and s.subjectId = o.id and s.point = :end)
                        order by o.endsOn, o.id""", CourtOrder.class)
                .setParameter("ids", personIds).setParameter("order", StatusSubject.ORDER).setParameter("end", StatusPoint.END)
                .getResultList();
    }

    public boolean statusExists(StatusSubject type, long subjectId, StatusPoint point) {
        return em.createQuery("""
                        select count(s) from YjChildStatus s where s.subjectType = :t and s.subjectId = :i and s.point = :p""", Long.class)
                .setParameter("t", type).setParameter("i", subjectId).setParameter("p", point).getSingleResult() > 0;
    }
}
