package org.harbour.continuingcare.dsr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.continuingcare.dsr.domain.RegisterReviewSchedule;
import org.harbour.continuingcare.dsr.infrastructure.RegisterRepository;
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

    @Inject
    private RegisterRepository repository;

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
        RegisterReviewSchedule schedule = reviewRule.schedule();
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (RegisterEntry e : repository.openOf(chunk)) {
                LocalDate due = schedule.nextDue(e.getLastReviewOn(), e.getAddedOn());
                if (due == null || due.isAfter(today)) {
                    continue;
                }
                items.add(new WorkItem(moduleId(), e.getPersonId(), e.getLastReviewOn() == null
                        ? "Dynamic Support Register: first multi-agency review needed"
                        : "Dynamic Support Register: multi-agency review due (last over " + schedule.getWeeks() + " weeks ago)",
                        due, due.isBefore(today), "/continuing-care/dsr?entry=" + e.getId()));
            }
        }
        return items;
    }
}
