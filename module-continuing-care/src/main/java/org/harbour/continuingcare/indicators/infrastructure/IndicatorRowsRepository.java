package org.harbour.continuingcare.indicators.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.continuingcare.indicators.domain.CostedPackage;
import org.harbour.continuingcare.indicators.domain.DecidedReferral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows the module's scorecard indicators count, one query per indicator for a whole range of
 * months. Queries name the entities and their fields only, and read scalar columns, so that the
 * indicators stay apart from the referral and packages features' classes.
 */
@ApplicationScoped
public class IndicatorRowsRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Referrals whose decision falls between the two days, both included. */
    public List<DecidedReferral> decidedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select r.id, r.personId, r.referredOn, r.decidedOn from Referral r
                        where r.decidedOn between :from and :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new DecidedReferral((Long) row[0], (Long) row[1], (LocalDate) row[2], (LocalDate) row[3]))
                .toList();
    }

    /** Packages whose dates overlap the two days (status is checked by the indicator). */
    public List<CostedPackage> packagesOverlapping(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select p.id, p.personId, p.status, p.startDate, p.endDate, p.weeklyCost from CarePackage p
                        where p.startDate <= :to and (p.endDate is null or p.endDate >= :from)""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new CostedPackage((Long) row[0], (Long) row[1], ((Enum<?>) row[2]).name(),
                        (LocalDate) row[3], (LocalDate) row[4], (BigDecimal) row[5]))
                .toList();
    }
}
