package org.harbour.core.recordsummary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The next child protection review conference and looked-after review of a caseload, for My work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewWorkItems implements WorkItemSource {

    @Inject
    private ReviewSchedule schedule;

    @Override
    public String moduleId() {
        return "core";
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return schedule.dueFor(personIds).stream()
                .map(r -> new WorkItem(moduleId(), r.getPersonId(), r.getTitle(), r.getDueOn(), r.isOverdueOn(today),
                        "/case/activity?person=" + r.getPersonId() + "&kind=review"))
                .toList();
    }
}
