package org.harbour.continuingcare.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.packages.application.PackageViews;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.domain.ReferralStatus;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Continuing care in "My work": package reviews due or overdue, and referrals still waiting on
 * health evidence (chased two weeks after the referral).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContinuingCareWorkItems implements WorkItemSource {

    public static final int EVIDENCE_CHASE_DAYS = 14;
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private PackageViews packages;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Requires(CarePermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (CarePackage p : em.createQuery("select p from CarePackage p where p.personId in :ids and p.status = :agreed",
                    CarePackage.class).setParameter("ids", chunk).setParameter("agreed", PackageStatus.AGREED).getResultList()) {
                if (p.getEndDate() != null && p.getEndDate().isBefore(today)) {
                    continue;
                }
                LocalDate due = packages.nextReviewDue(p);
                items.add(new WorkItem(moduleId(), p.getPersonId(), "Continuing care review due (" + p.getType().getLabel()
                        + ", " + p.getProvider() + ")", due, due.isBefore(today),
                        "/continuing-care/referral?id=" + p.getReferralId()));
            }
            for (Referral r : em.createQuery("select r from Referral r where r.personId in :ids and r.status = :checklist",
                    Referral.class).setParameter("ids", chunk).setParameter("checklist", ReferralStatus.CHECKLIST).getResultList()) {
                if (r.gaps().isEmpty()) {
                    continue;
                }
                LocalDate due = r.getReferredOn().plusDays(EVIDENCE_CHASE_DAYS);
                items.add(new WorkItem(moduleId(), r.getPersonId(), "Continuing care referral waiting on evidence ("
                        + r.gaps().size() + " item(s) missing)", due, due.isBefore(today),
                        "/continuing-care/referral?id=" + r.getId()));
            }
        }
        return items;
    }
}
