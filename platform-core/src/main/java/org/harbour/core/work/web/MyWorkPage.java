package org.harbour.core.work.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.web.CurrentStaff;
import org.harbour.core.work.application.ChildWork;
import org.harbour.core.work.application.WorkList;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs work/my-work.xhtml: the signed-in practitioner's caseload with what is due and overdue
 * about each child, from core and from every module the user may use. A read-only page: worked out
 * for each request and never kept in the session (a kept copy of every child's work items made
 * sessions heavy, and the session is serialised after every request).
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
    private List<ChildWork> children;

    @PostConstruct
    void load() {
        today = LocalDate.now(Clock.systemUTC());
        children = workList.caseloadWork(currentStaff.getUsername(), today, access::shows);
    }

    public List<ChildWork> getChildren() {
        return children;
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
