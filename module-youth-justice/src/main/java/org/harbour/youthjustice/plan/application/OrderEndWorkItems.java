package org.harbour.youthjustice.plan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.plan.infrastructure.PlanRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The end of each court order in My work, by its last day: the child's status at the end (the YJB's
 * KPIs 1 to 5) is owed then, and is overdue once the order has ended without it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderEndWorkItems implements WorkItemSource {

    static final String KIND = "Order ends";

    @Inject
    private PlanRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::ordersAwaitingEndStatus, o -> item(o, today));
    }

    static WorkItem item(CourtOrder order, LocalDate today) {
        String title = KIND + ": " + order.getKind().getLabel()
                + " (take the child's status at its end)";
        return new WorkItem("youth-justice", order.getPersonId(), title, order.getEndsOn(), order.getEndsOn().isBefore(today),
                "/youth-justice/plan?person=" + order.getPersonId()).withKind(KIND);
    }
}
