package org.harbour.youthjustice.atc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.atc.infrastructure.AlternativePackageRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The review of each open alternative-to-custody package, in My work by its day (overdue after it). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageWorkItems implements WorkItemSource {

    @Inject
    private AlternativePackageRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::openOf,
                p -> new WorkItem(moduleId(), p.getPersonId(), "Review the alternative-to-custody package and its risk management plan",
                p.getReviewDueOn(), p.isReviewOverdue(today), "/youth-justice/child-court?person=" + p.getPersonId()));
    }
}
