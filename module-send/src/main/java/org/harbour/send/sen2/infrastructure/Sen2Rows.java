package org.harbour.send.sen2.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.review.domain.AnnualReview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the SEN2 return reads: the requests in its scope (received by the census day and received,
 * decided or ended in the reference period or still open at the census), and the plans they made.
 */
@ApplicationScoped
public class Sen2Rows {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public List<EhcRequest> requestsInScope(LocalDate start, LocalDate census) {
        return em.createQuery("""
                        select r from EhcRequest r where r.receivedOn <= :census and (
                          r.receivedOn >= :start or r.decidedOn >= :start or r.finalIssuedOn >= :start
                          or r.notIssuedOn >= :start or r.withdrawnOn >= :start
                          or r.stage in (org.harbour.send.assessment.domain.RequestStage.RECEIVED,
                                         org.harbour.send.assessment.domain.RequestStage.ASSESSING,
                                         org.harbour.send.assessment.domain.RequestStage.DRAFT_ISSUED)
                          or r.planId in (select p.id from EhcPlan p where p.ceasedOn is null or p.ceasedOn >= :start))
                        order by r.personId, r.receivedOn""", EhcRequest.class)
                .setParameter("start", start).setParameter("census", census).getResultList();
    }

    public Map<Long, EhcPlan> plans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from EhcPlan p where p.id in :ids", EhcPlan.class).setParameter("ids", planIds)
                .getResultList().stream().collect(Collectors.toMap(EhcPlan::getId, Function.identity()));
    }

    /** The annual reviews of the plans, by plan. */
    public Map<Long, List<AnnualReview>> reviews(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from AnnualReview r where r.planId in :ids", AnnualReview.class).setParameter("ids", planIds)
                .getResultList().stream().collect(Collectors.groupingBy(AnnualReview::getPlanId));
    }
}
