package org.harbour.send.indicators.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.send.indicators.domain.AmendedPlan;
import org.harbour.send.indicators.domain.CareSpan;
import org.harbour.send.indicators.domain.Decision;
import org.harbour.send.indicators.domain.IssuedPlan;
import org.harbour.send.indicators.domain.PlanSpan;
import org.harbour.send.indicators.domain.ReviewHeld;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.ExceptionPeriod;
import org.harbour.send.timescale.domain.PhaseTransfer;

import java.math.BigDecimal;
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

    @Inject
    private CaseData caseData;

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

    /** Plans issued by the last day and not ceased before the first, with their named setting's place and cost. */
    public List<PlanSpan> plansActiveBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select p.personId, p.startDate, p.ceasedOn, s.inCity, s.annualCostPerPlace, p.personalBudget
                        from EhcPlan p left join p.setting s
                        where p.startDate <= :to and (p.ceasedOn is null or p.ceasedOn >= :from)""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new PlanSpan((Long) r[0], (LocalDate) r[1], (LocalDate) r[2], r[3] == null ? null : !(Boolean) r[3],
                        (BigDecimal) r[4], (Boolean) r[5])).toList();
    }

    /** Amended plans issued after an annual review between the two days. */
    public List<AmendedPlan> amendedPlansIssuedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select v.personId, v.meetingOn, v.phaseTransfer, v.transferYear, v.amendedPlanOn from AnnualReview v
                        where v.amendedPlanOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> AmendedPlan.after((Long) r[0], (LocalDate) r[1], (PhaseTransfer) r[2], (Integer) r[3], (LocalDate) r[4]))
                .toList();
    }

    /** The periods children were looked after that were open on some day between the two, from the case record. */
    public List<CareSpan> lookedAfterBetween(LocalDate from, LocalDate to) {
        return caseData.read(q -> q.involvementsOverlapping("LOOKED_AFTER", from, to)).stream()
                .map(i -> new CareSpan(i.personId(), i.start(), i.end())).toList();
    }

    public List<ReviewHeld> reviewsHeldBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select v.personId, v.dueOn, v.meetingOn from AnnualReview v
                        where v.meetingOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new ReviewHeld((Long) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }
}
