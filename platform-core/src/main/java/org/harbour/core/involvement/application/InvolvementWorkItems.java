package org.harbour.core.involvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.infrastructure.InvolvementRepository;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.calendar.TimescaleStatus;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is due on the involvements of a caseload: single assessments not yet authorised (45 working
 * days from the referral) and initial child protection conferences not yet held (15 working days
 * from the strategy discussion).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InvolvementWorkItems implements WorkItemSource {

    private static final String CORE = "core";

    @Inject
    private InvolvementRepository repository;

    @Inject
    private Timescales timescales;

    @Override
    public String moduleId() {
        return CORE;
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Involvement> open = repository.openTimescaleWork(personIds);
        Map<Long, Involvement> referrals = repository.byIds(open.stream().map(Involvement::getReferralId)
                        .filter(id -> id != null).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Involvement::getId, Function.identity()));
        List<WorkItem> items = new ArrayList<>();
        for (Involvement i : open) {
            if (i.getKind() == InvolvementKind.ASSESSMENT) {
                Involvement referral = referrals.get(i.getReferralId());
                LocalDate from = referral == null ? i.getStartDate() : referral.getStartDate();
                TimescaleStatus status = timescales.status(from, InvolvementTimescales.ASSESSMENT, null, today);
                items.add(new WorkItem(CORE, i.getPersonId(), "Single assessment due ("
                        + InvolvementTimescales.ASSESSMENT.getDescription() + " from referral)", status.getDueOn(),
                        status.isOverdue(), outcome(i)));
            } else {
                LocalDate from = repository.strategyDiscussionBefore(i.getPersonId(), i.getStartDate())
                        .map(Involvement::getStartDate).orElse(i.getStartDate());
                TimescaleStatus status = timescales.status(from, InvolvementTimescales.ICPC, null, today);
                items.add(new WorkItem(CORE, i.getPersonId(), "Initial child protection conference due ("
                        + InvolvementTimescales.ICPC.getDescription() + " from strategy discussion)", status.getDueOn(),
                        status.isOverdue(), outcome(i)));
            }
        }
        items.sort(Comparator.comparing(WorkItem::getDueOn));
        return items;
    }

    private static String outcome(Involvement i) {
        return "/case/involvement.xhtml?person=" + i.getPersonId() + "&kind=" + i.getKind().getSlug() + "&id=" + i.getId();
    }
}
