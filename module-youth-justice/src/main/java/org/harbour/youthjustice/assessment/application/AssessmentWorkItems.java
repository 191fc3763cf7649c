package org.harbour.youthjustice.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.assessment.domain.Assessment;
import org.harbour.youthjustice.assessment.infrastructure.AssessmentRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** In My work: an assessment to complete within 20 working days of its start, and the latest of each type to review. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @Inject
    private AssessmentRepository repository;

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
            for (Assessment a : repository.owedFor(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                String what = a.isCompleted() ? "Review assessment: " : "Complete assessment: ";
                items.add(new WorkItem(moduleId(), a.getPersonId(), what + a.getType().getLabel(), a.dueOn(), a.isOverdue(today),
                        "/youth-justice/assessments?person=" + a.getPersonId()));
            }
        }
        return items;
    }
}
