package org.harbour.youthjustice.court.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Court hearings in My work: each hearing to come by its day, and a hearing held whose result is
 * not yet recorded as overdue, until what the court did is recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HearingWorkItems implements WorkItemSource {

    static final String KIND = "Court hearing";

    @Inject
    private CourtRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::unresultedHearingsOf, h -> item(h, today));
    }

    static WorkItem item(Hearing h, LocalDate today) {
        boolean held = h.getHearingOn().isBefore(today);
        String title = KIND + ": " + h.getPurpose().getLabel() + " at " + h.getCourtName()
                + (held ? " (record what the court did)" : "");
        return new WorkItem("youth-justice", h.getPersonId(), title, h.getHearingOn(), held,
                "/youth-justice/child-court?person=" + h.getPersonId()).withKind(KIND);
    }
}
