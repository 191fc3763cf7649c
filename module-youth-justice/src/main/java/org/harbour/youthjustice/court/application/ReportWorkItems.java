package org.harbour.youthjustice.court.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Pre-sentence reports owed to the court, in My work until filed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportWorkItems implements WorkItemSource {

    @Inject
    private CourtRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::unfiledReportsOf,
                r -> new WorkItem(moduleId(), r.getPersonId(), "Pre-sentence report for the court", r.getDueOn(),
                r.isOverdue(today), "/youth-justice/child-court?person=" + r.getPersonId()));
    }
}
