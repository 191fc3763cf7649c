package org.harbour.youthjustice.jdmp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.CaseloadChunks;
import org.harbour.youthjustice.jdmp.infrastructure.JdmpRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The service's assessment for the Joint Decision-Making Panel, due 10 working days after the police referral, in My work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdmpWorkItems implements WorkItemSource {

    @Inject
    private JdmpRepository repository;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        return CaseloadChunks.workItems(personIds, repository::assessmentsOwed,
                r -> new WorkItem(moduleId(), r.getPersonId(), "Youth justice assessment for the Joint Decision-Making Panel"
                + " (10 working days from the police referral)", r.getAssessmentDue(), r.getAssessmentDue().isBefore(today),
                "/youth-justice/jdmp?referral=" + r.getId()));
    }
}
