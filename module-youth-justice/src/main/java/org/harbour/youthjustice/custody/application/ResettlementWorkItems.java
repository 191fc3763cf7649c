package org.harbour.youthjustice.custody.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.custody.infrastructure.CustodyRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** In My work: a child in custody without a resettlement plan or accommodation, due by the expected release. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResettlementWorkItems implements WorkItemSource {

    @Inject
    private CustodyRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::resettlementOwedFor, c -> {
            // Without a release day (detention during His Majesty's pleasure) planning is owed from the start.
            LocalDate due = c.getExpectedReleaseOn() != null ? c.getExpectedReleaseOn() : c.getStartedOn();
            return new WorkItem(moduleId(), c.getPersonId(), "Agree the resettlement plan and accommodation for release",
                    due, due.isBefore(today), "/youth-justice/custody?person=" + c.getPersonId());
        });
    }
}
