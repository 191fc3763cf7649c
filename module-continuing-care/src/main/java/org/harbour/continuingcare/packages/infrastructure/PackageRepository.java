package org.harbour.continuingcare.packages.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.FundingSplit;
import org.harbour.continuingcare.packages.domain.PackageReview;
import org.harbour.continuingcare.packages.domain.PackageStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored packages with their funding splits and reviews. No checks here: the calling services make them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(CarePackage p) {
        em.persist(p);
        em.flush();
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }

    public Optional<CarePackage> find(long packageId) {
        return Optional.ofNullable(em.find(CarePackage.class, packageId));
    }

    /** The child's packages, latest start first. */
    public List<CarePackage> ofPerson(long personId) {
        return em.createQuery("select p from CarePackage p where p.personId = :p order by p.startDate desc, p.id desc", CarePackage.class)
                .setParameter("p", personId).getResultList();
    }

    public List<CarePackage> agreed() {
        return em.createQuery("select p from CarePackage p where p.status = :agreed", CarePackage.class)
                .setParameter("agreed", PackageStatus.AGREED).getResultList();
    }

    public List<CarePackage> agreedOf(Collection<Long> personIds) {
        return em.createQuery("select p from CarePackage p where p.personId in :ids and p.status = :agreed", CarePackage.class)
                .setParameter("ids", personIds).setParameter("agreed", PackageStatus.AGREED).getResultList();
    }

    /** Whether the child has a package proposed or running, not ended before the day. */
    public boolean proposedOrRunning(long personId, LocalDate day) {
        return em.createQuery("""
                        select count(c) from CarePackage c where c.personId = :p and c.status <> :ended
                          and (c.endDate is null or c.endDate >= :day)""", Long.class)
                .setParameter("p", personId).setParameter("ended", PackageStatus.ENDED).setParameter("day", day)
                .getSingleResult() > 0;
    }

    /** The package's splits, oldest first. */
    public List<FundingSplit> splitsOf(long packageId) {
        return em.createQuery("select s from FundingSplit s where s.packageId = :p order by s.effectiveFrom, s.id", FundingSplit.class)
                .setParameter("p", packageId).getResultList();
    }

    /** Adds a split; the package's version moves too, so of two splits added at once one fails. */
    public void addSplit(CarePackage p, FundingSplit split) {
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(split);
        em.flush();
    }

    public void addReview(PackageReview review) {
        em.persist(review);
        em.flush();
    }

    /** The day of the package's latest review, or null before its first. */
    public LocalDate latestReviewOn(long packageId) {
        return em.createQuery("select max(r.reviewedOn) from PackageReview r where r.packageId = :p", LocalDate.class)
                .setParameter("p", packageId).getSingleResult();
    }
}
