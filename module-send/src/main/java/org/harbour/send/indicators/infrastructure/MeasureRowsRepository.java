package org.harbour.send.indicators.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.send.indicators.domain.Decision;
import org.harbour.send.indicators.domain.IssuedPlan;
import org.harbour.send.indicators.domain.PlanSpan;
import org.harbour.send.indicators.domain.ReviewHeld;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.ExceptionPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the SEND measures count, a query or two per measure for a whole range of months.
 * Scalar reads of the entities' fields only, so the measures stay apart from the features' classes.
 * Reads in the caller's transaction, if any.
 */
@ApplicationScoped
public class MeasureRowsRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Final plans issued between the two days, with the exceptions recorded on their requests. */
    public List<IssuedPlan> plansIssuedBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                        select r.id, r.personId, r.receivedOn, r.finalIssuedOn from EhcRequest r
                        where r.finalIssuedOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, List<ExceptionPeriod>> exceptions = new HashMap<>();
        em.createQuery("""
                        select e.request.id, e.ground, e.fromDate, e.toDate from TimescaleException e
                        where e.request.finalIssuedOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(e -> exceptions.computeIfAbsent((Long) e[0], k -> new ArrayList<>())
                        .add(new ExceptionPeriod((ExceptionGround) e[1], (LocalDate) e[2], (LocalDate) e[3])));
        return rows.stream().map(r -> new IssuedPlan((Long) r[1], (LocalDate) r[2], (LocalDate) r[3],
                exceptions.getOrDefault((Long) r[0], List.of()))).toList();
    }

    public List<Decision> decisionsBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select r.personId, r.receivedOn, r.decidedOn from EhcRequest r
                        where r.decidedOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Decision((Long) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }

    /** Plans issued by the last day and not ceased before the first. */
    public List<PlanSpan> plansActiveBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select p.personId, p.startDate, p.ceasedOn from EhcPlan p
                        where p.startDate <= :to and (p.ceasedOn is null or p.ceasedOn >= :from)""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new PlanSpan((Long) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }

    public List<ReviewHeld> reviewsHeldBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select v.personId, v.dueOn, v.meetingOn from AnnualReview v
                        where v.meetingOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new ReviewHeld((Long) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }
}
