package org.harbour.core.work.application;

import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.spi.module.WorkItem;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One child of a caseload and what is due about them, overdue first. */
public final class ChildWork implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CaseloadItem child;
    private final List<WorkItem> items;

    public ChildWork(CaseloadItem child, List<WorkItem> items) {
        this.child = child;
        this.items = List.copyOf(items);
    }

    public CaseloadItem getChild() {
        return child;
    }

    public List<WorkItem> getItems() {
        return items;
    }

    public long getOverdueCount() {
        return items.stream().filter(WorkItem::isOverdue).count();
    }

    public boolean isOverdue() {
        return getOverdueCount() > 0;
    }

    /** The earliest due date of anything open, or null when nothing is due. */
    public LocalDate getFirstDue() {
        return items.isEmpty() ? null : items.get(0).getDueOn();
    }
}
