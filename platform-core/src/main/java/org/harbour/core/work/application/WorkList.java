package org.harbour.core.work.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What is due and overdue about children, gathered from every {@link WorkItemSource}: core's
 * statutory visits and supervisions, and each module's own. Items of a module the viewer may not
 * use are left out; which modules those are is the caller's question (it knows the viewer).
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class WorkList {

    /** Overdue first, then by due date. */
    public static final Comparator<WorkItem> URGENCY = Comparator.comparing((WorkItem i) -> !i.isOverdue())
            .thenComparing(WorkItem::getDueOn).thenComparing(WorkItem::getTitle);

    @Inject
    private Instance<WorkItemSource> sources;

    @Inject
    private CaseloadService caseloads;

    @Inject
    private CurrentAccess access;

    /** Everything due about the children from the sources the viewer may see, most urgent first. */
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today, Predicate<String> mayUseModule) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        // The caller narrows the sources; it can never widen them past the modules the user may use.
        return sources.stream().filter(s -> mayUseModule.test(s.moduleId()) && mayUse(s.moduleId()))
                .flatMap(s -> s.dueFor(personIds, today).stream())
                .filter(i -> personIds.contains(i.getPersonId()))
                .sorted(URGENCY).toList();
    }

    private boolean mayUse(String moduleId) {
        return SystemWork.isActive() || access.shows(moduleId);
    }

    /** The worker's caseload, each child with its work; children with overdue work first, then by the next due date. */
    public List<ChildWork> caseloadWork(String username, LocalDate today, Predicate<String> mayUseModule) {
        return withWork(caseloads.caseloadOf(username, today), today, mayUseModule);
    }

    /** The given children, each with its work, ordered as {@link #caseloadWork}. */
    public List<ChildWork> withWork(List<CaseloadItem> children, LocalDate today, Predicate<String> mayUseModule) {
        List<Long> ids = children.stream().map(CaseloadItem::getPersonId).distinct().toList();
        Map<Long, List<WorkItem>> byChild = dueFor(ids, today, mayUseModule).stream()
                .collect(Collectors.groupingBy(WorkItem::getPersonId));
        return children.stream()
                .map(c -> new ChildWork(c, byChild.getOrDefault(c.getPersonId(), List.of())))
                .sorted(Comparator.comparing((ChildWork w) -> !w.isOverdue())
                        .thenComparing(ChildWork::getFirstDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(w -> w.getChild().getChildName()))
                .toList();
    }
}
