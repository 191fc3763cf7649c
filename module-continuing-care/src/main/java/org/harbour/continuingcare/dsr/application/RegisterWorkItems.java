package org.harbour.continuingcare.dsr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The register in "My work": a child on the register whose last multi-agency review is more than
 * the set number of weeks ago (or who has never had one) needs a review. No health detail in the title.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RegisterReviewRule reviewRule;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Requires(CarePermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        int weeks = reviewRule.weeks();
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (RegisterEntry e : em.createQuery("select e from RegisterEntry e where e.personId in :ids and e.closedOn is null",
                    RegisterEntry.class).setParameter("ids", chunk).getResultList()) {
                LocalDate due = RegisterReviewRule.nextDue(e.getLastReviewOn(), e.getAddedOn(), weeks);
                if (due == null || due.isAfter(today)) {
                    continue;
                }
                items.add(new WorkItem(moduleId(), e.getPersonId(), e.getLastReviewOn() == null
                        ? "Dynamic Support Register: first multi-agency review needed"
                        : "Dynamic Support Register: multi-agency review due (last over " + weeks + " weeks ago)",
                        due, due.isBefore(today), "/continuing-care/dsr?entry=" + e.getId()));
            }
        }
        return items;
    }
}
