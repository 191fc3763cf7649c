package org.harbour.youthjustice.caution.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.caution.infrastructure.CautionDutyRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The assessment and intervention owed after a second youth caution or a conditional caution, in My work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CautionDutyWorkItems implements WorkItemSource {

    @Inject
    private CautionDutyRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::owedFor,
                d -> new WorkItem(moduleId(), d.getPersonId(), "Assess and arrange an intervention after the "
                + d.getReason().toLowerCase(java.util.Locale.ROOT), d.getDueOn(), d.isOverdue(today),
                "/youth-justice/child-court?person=" + d.getPersonId()));
    }
}
