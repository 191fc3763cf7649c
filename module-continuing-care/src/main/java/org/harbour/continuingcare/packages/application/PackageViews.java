package org.harbour.continuingcare.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.funding.domain.FundingSplit;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.continuingcare.review.domain.ReviewSchedule;
import org.harbour.core.spi.settings.ModuleSettings;

import java.time.LocalDate;
import java.util.List;

/** Builds package views with their splits and next review; no checks here, callers have made them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageViews {

    public static final String FIRST_REVIEW_MONTHS = "first-review-months";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private ModuleSettings settings;

    public PackageView of(CarePackage p, LocalDate today) {
        return new PackageView(p, splitsOf(p.getId()), nextReviewDue(p), today);
    }

    public List<FundingSplit> splitsOf(long packageId) {
        return em.createQuery("select s from FundingSplit s where s.packageId = :p order by s.effectiveFrom, s.id", FundingSplit.class)
                .setParameter("p", packageId).getResultList();
    }

    /** Reviews are due for agreed packages only: the first months after the start, then yearly after the latest. */
    public LocalDate nextReviewDue(CarePackage p) {
        if (p.getStatus() != PackageStatus.AGREED) {
            return null;
        }
        LocalDate latest = em.createQuery("select max(r.reviewedOn) from PackageReview r where r.packageId = :p", LocalDate.class)
                .setParameter("p", p.getId()).getSingleResult();
        return ReviewSchedule.nextDue(p.getStartDate(), latest, firstReviewMonths());
    }

    public int firstReviewMonths() {
        return settings.value("continuing-care", FIRST_REVIEW_MONTHS).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return 3;
            }
        }).orElse(3);
    }

    public List<CarePackage> ofPerson(long personId) {
        return em.createQuery("select p from CarePackage p where p.personId = :p order by p.startDate desc, p.id desc", CarePackage.class)
                .setParameter("p", personId).getResultList();
    }
}
