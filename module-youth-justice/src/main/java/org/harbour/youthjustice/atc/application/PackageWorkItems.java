package org.harbour.youthjustice.atc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.atc.domain.AlternativePackage;
import org.harbour.youthjustice.atc.infrastructure.AlternativePackageRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The review of each open alternative-to-custody package, in My work by its day (overdue after it). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PackageWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @Inject
    private AlternativePackageRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (AlternativePackage p : repository.openOf(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                items.add(new WorkItem(moduleId(), p.getPersonId(), "Review the alternative-to-custody package and its risk management plan",
                        p.getReviewDueOn(), p.isReviewOverdue(today), "/youth-justice/child-court?person=" + p.getPersonId()));
            }
        }
        return items;
    }
}
