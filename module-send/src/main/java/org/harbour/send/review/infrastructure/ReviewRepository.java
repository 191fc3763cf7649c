package org.harbour.send.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.PlanStatus;
import org.harbour.send.review.domain.AnnualReview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Annual reviews, and the active plans whose next review falls due. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(AnnualReview review) {
        em.persist(review);
    }

    public void flush() {
        em.flush();
    }

    public Optional<AnnualReview> find(long id) {
        return Optional.ofNullable(em.find(AnnualReview.class, id));
    }

    public List<AnnualReview> ofPlan(long planId) {
        return em.createQuery("select r from AnnualReview r where r.planId = :p order by r.meetingOn desc, r.id desc",
                AnnualReview.class).setParameter("p", planId).getResultList();
    }

    /** Active plans last reviewed (or issued, when never reviewed) on or before the day given, oldest first. */
    public List<EhcPlan> activeLastReviewedBy(LocalDate day) {
        return em.createQuery("""
                        select p from EhcPlan p where p.status = :active
                          and coalesce(p.lastReviewOn, p.startDate) <= :day
                        order by coalesce(p.lastReviewOn, p.startDate), p.id""", EhcPlan.class)
                .setParameter("active", PlanStatus.ACTIVE).setParameter("day", day).getResultList();
    }

    /** Reviews preparing for a phase transfer in the year given whose amended plan is not yet issued. */
    public List<AnnualReview> transfersOutstanding(int year) {
        return em.createQuery("""
                        select r from AnnualReview r where r.phaseTransfer is not null and r.transferYear = :y
                          and r.amendedPlanOn is null order by r.meetingOn, r.id""", AnnualReview.class)
                .setParameter("y", year).getResultList();
    }

    /** The children's reviews decided, or whose amended plan was issued, on or after the day given. */
    public List<AnnualReview> decidedSince(java.util.Collection<Long> personIds, LocalDate since) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from AnnualReview r where r.personId in :ids"
                        + " and (r.decidedOn >= :since or r.amendedPlanOn >= :since)", AnnualReview.class)
                .setParameter("ids", personIds).setParameter("since", since).getResultList();
    }
}
