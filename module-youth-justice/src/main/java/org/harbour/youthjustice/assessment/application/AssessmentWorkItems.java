package org.harbour.youthjustice.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.assessment.infrastructure.AssessmentRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** In My work: an assessment to complete within 20 working days of its start, and the latest of each type to review. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentWorkItems implements WorkItemSource {

    @Inject
    private AssessmentRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::owedFor, a -> {
            String what = a.isCompleted() ? "Review assessment: " : "Complete assessment: ";
            return new WorkItem(moduleId(), a.getPersonId(), what + a.getType().getLabel(), a.dueOn(), a.isOverdue(today),
                    "/youth-justice/assessments?person=" + a.getPersonId());
        });
    }
}
