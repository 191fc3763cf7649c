package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Core's statutory work for "My work": per open case, the next visit its regime requires and the
 * next case supervision, each flagged overdue once its date has passed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private VisitSchedule schedule;

    @Override
    public String moduleId() {
        return "core";
    }

    @Requires(CorePermissions.RECORDS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            items.addAll(dueForChunk(ids.subList(i, Math.min(ids.size(), i + CHUNK)), today));
        }
        return items;
    }

    private List<WorkItem> dueForChunk(List<Long> personIds, LocalDate today) {
        // The person's id is selected beside the allocation: reached through the case it would read each person row.
        List<Object[]> open = em.createQuery("""
                        select a, c.person.id from Allocation a join fetch a.caseFile c
                        where c.person.id in :persons and a.endedOn is null and c.closedOn is null""", Object[].class)
                .setParameter("persons", personIds).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<VisitType, LocalDate>> lastSeen = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select v.caseFile.id, v.visitType, max(v.occurredOn) from Visit v
                        where v.personId in :persons and v.childSeen = true
                        group by v.caseFile.id, v.visitType""", Object[].class)
                .setParameter("persons", personIds).getResultList()) {
            if (row[1] != null) {
                lastSeen.computeIfAbsent((Long) row[0], k -> new EnumMap<>(VisitType.class))
                        .put((VisitType) row[1], (LocalDate) row[2]);
            }
        }
        Map<Long, VisitType> latestType = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select v.caseFile.id, v.visitType from Visit v
                        where v.personId in :persons and v.visitType <> :other
                        order by v.occurredOn desc, v.id desc""", Object[].class)
                .setParameter("persons", personIds).setParameter("other", VisitType.OTHER).getResultList()) {
            latestType.putIfAbsent((Long) row[0], (VisitType) row[1]);
        }
        Map<Long, LocalDate> lastSupervision = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select s.caseFile.id, max(s.occurredOn) from Supervision s
                        where s.personId in :persons group by s.caseFile.id""", Object[].class)
                .setParameter("persons", personIds).getResultList()) {
            lastSupervision.put((Long) row[0], (LocalDate) row[1]);
        }
        List<WorkItem> items = new ArrayList<>();
        for (Object[] row : open) {
            Allocation a = (Allocation) row[0];
            var c = a.getCaseFile();
            long personId = (Long) row[1];
            schedule.nextVisit(c.getVisitRegime(), latestType.get(c.getId()),
                            lastSeen.getOrDefault(c.getId(), Map.of()), c.getVisitRegimeFrom(), c.getOpenedOn(), today)
                    .ifPresent(due -> items.add(new WorkItem(moduleId(), personId,
                            due.getTimescale().getName() + " due (every " + due.getTimescale().getDescription() + ")",
                            due.getDueOn(), due.isOverdue(), "/case/activity?person=" + personId + "&kind=visit")));
            VisitSchedule.Due supervision = schedule.nextSupervision(lastSupervision.get(c.getId()), a.getStartedOn(), today);
            items.add(new WorkItem(moduleId(), personId,
                    "Case supervision due (every " + supervision.getTimescale().getDescription() + ")",
                    supervision.getDueOn(), supervision.isOverdue(),
                    "/case/activity?person=" + personId + "&kind=supervision"));
        }
        return items;
    }
}
