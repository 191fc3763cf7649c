package org.harbour.core.work.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.web.CurrentStaff;
import org.harbour.core.work.application.ChildItem;
import org.harbour.core.work.application.ChildWork;
import org.harbour.core.work.application.WorkList;
import org.harbour.core.work.application.WorkOrder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Backs work/my-work.xhtml: the signed-in practitioner's caseload with what is due and overdue
 * about each child, from core and from every module the user may use, filtered by kind of work and
 * child and sorted as asked. The choice is in the address (kind, child, sort) so it can be
 * bookmarked. A read-only page: worked out for each request and never kept in the session (a kept
 * copy of every child's work items made sessions heavy, and the session is serialised after every
 * request).
 */
@Named
@RequestScoped
public class MyWorkPage {

    private static final int SOON_DAYS = 7;

    @Inject
    private WorkList workList;

    @Inject
    private CurrentAccess access;

    @Inject
    private CurrentStaff currentStaff;

    private LocalDate today;
    /** The whole caseload with its work, for the filter's choices. */
    private List<ChildWork> caseload;
    /** As filtered and sorted. */
    private List<ChildWork> children;
    private String kind;
    private Long child;
    private WorkOrder sort;

    @PostConstruct
    void load() {
        // No form posts back to this page (its filters are sent by GET): keeping no state for it means showing it
        // leaves the session unchanged, so the session store does not save it again.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        today = LocalDate.now(Clock.systemUTC());
        caseload = workList.caseloadWork(currentStaff.getUsername(), today, access::shows);
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        sort = WorkOrder.parse(parameters.get("sort"));
        kind = kinds().contains(parameters.get("kind")) ? parameters.get("kind") : null;
        child = childParameter(parameters.get("child"));
        children = caseload.stream()
                .filter(w -> child == null || w.getChild().getPersonId() == child)
                .map(w -> kind == null ? w : new ChildWork(w.getChild(),
                        w.getItems().stream().filter(i -> i.getKind().equals(kind)).toList()))
                .filter(w -> kind == null || !w.getItems().isEmpty())
                .sorted(sort == WorkOrder.CHILD ? Comparator.comparing((ChildWork w) -> w.getChild().getChildName())
                        .thenComparing(w -> w.getChild().getPersonId()) : (a, b) -> 0)
                .toList();
    }

    /** An id of a child on the caseload, or null (anything else is ignored, never an error). */
    private Long childParameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return caseload.stream().anyMatch(w -> w.getChild().getPersonId() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Children with their work, grouped (most urgent first, or by name). */
    public List<ChildWork> getChildren() {
        return children;
    }

    /** Whether the page lists the items in one table (sorted by due date or kind) rather than by child. */
    public boolean isFlat() {
        return sort.isFlat();
    }

    /** Every item shown, in one list, sorted as asked. */
    public List<ChildItem> getItems() {
        return children.stream().flatMap(w -> w.getItems().stream().map(i -> new ChildItem(w.getChild(), i)))
                .sorted(sort.comparator())
                .toList();
    }

    /** The kinds of work on the caseload, for the filter. */
    public List<String> kinds() {
        return caseload.stream().flatMap(w -> w.getItems().stream()).map(WorkItem::getKind).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<String> getKinds() {
        return kinds();
    }

    /** The caseload's children by name, for the filter. */
    public List<CaseloadItem> getCaseloadChildren() {
        return caseload.stream().map(ChildWork::getChild)
                .filter(distinctBy()).sorted(Comparator.comparing(CaseloadItem::getChildName)
                        .thenComparing(CaseloadItem::getPersonId)).toList();
    }

    private static java.util.function.Predicate<CaseloadItem> distinctBy() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return c -> seen.add(c.getPersonId());
    }

    public WorkOrder[] getSorts() {
        return WorkOrder.values();
    }

    public boolean isFiltered() {
        return kind != null || child != null || sort != WorkOrder.URGENCY;
    }

    public String getKind() {
        return kind;
    }

    /** The kind chosen, for the menu ("" for all). */
    public String getKindParameter() {
        return kind == null ? "" : kind;
    }

    public void setKindParameter(String kind) {
        // the filter form is sent by GET and read in load(); nothing is bound back
    }

    public Long getChild() {
        return child;
    }

    /** The child chosen, for the menu ("" for all). */
    public String getChildParameter() {
        return child == null ? "" : child.toString();
    }

    public void setChildParameter(String child) {
        // as above
    }

    public String getSort() {
        return sort.getParameter();
    }

    public void setSort(String sort) {
        // as above
    }

    public LocalDate getToday() {
        return today;
    }

    public long getOverdueCount() {
        return children.stream().mapToLong(ChildWork::getOverdueCount).sum();
    }

    public long getDueSoonCount() {
        LocalDate horizon = today.plusDays(SOON_DAYS);
        return children.stream().flatMap(c -> c.getItems().stream())
                .filter(i -> !i.isOverdue() && !i.getDueOn().isAfter(horizon)).count();
    }

    public long getChildrenWithOverdueCount() {
        return children.stream().filter(ChildWork::isOverdue).count();
    }

    public int getDueSoonDays() {
        return SOON_DAYS;
    }
}
