package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.measures.domain.TurnaroundEligibility;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;
import org.harbour.youthjustice.outcome.application.OutcomeService;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A child of the caseload who may be referred to Turnaround, in My work until the referral window
 * closes (3 months after the qualifying outcome) or the referral is recorded; the same rules as
 * the Turnaround list, read for the caseload's children only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TurnaroundWorkItems implements WorkItemSource {

    static final String KIND = "Turnaround referral";

    @Inject
    private MeasureRowsRepository rows;

    @Inject
    private CaseData caseData;

    @Inject
    private OutcomeService outcomes;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        Set<Long> inCareOrProtected = LookedAfterOrProtected.on(caseData, today);
        return CaseloadChunks.workItems(personIds,
                ids -> TurnaroundEligibility.on(today, rows.outcomesOf(ids, today), inCareOrProtected),
                e -> new WorkItem(moduleId(), e.personId(), KIND + " window open (after " + outcomes.labelOf(e.qualifying().code())
                        + ")", e.windowEnds(), false, "/youth-justice/child?person=" + e.personId()).withKind(KIND));
    }
}
