package org.harbour.youthjustice.custody.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.custody.domain.CustodyEpisode;
import org.harbour.youthjustice.custody.infrastructure.CustodyRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** In My work: a child in custody without a resettlement plan or accommodation, due by the expected release. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResettlementWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @Inject
    private CustodyRepository repository;

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
            for (CustodyEpisode c : repository.resettlementOwedFor(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                // Without a release day (detention during His Majesty's pleasure) planning is owed from the start.
                LocalDate due = c.getExpectedReleaseOn() != null ? c.getExpectedReleaseOn() : c.getStartedOn();
                items.add(new WorkItem(moduleId(), c.getPersonId(), "Agree the resettlement plan and accommodation for release",
                        due, due.isBefore(today), "/youth-justice/custody?person=" + c.getPersonId()));
            }
        }
        return items;
    }
}
