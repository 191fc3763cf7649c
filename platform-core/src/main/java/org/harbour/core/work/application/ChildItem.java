package org.harbour.core.work.application;

import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.spi.module.WorkItem;

import java.util.Objects;

/** One work item with its child, for My work's single sorted table. */
public final class ChildItem {

    private final CaseloadItem child;
    private final WorkItem item;

    public ChildItem(CaseloadItem child, WorkItem item) {
        this.child = Objects.requireNonNull(child, "child");
        this.item = Objects.requireNonNull(item, "item");
    }

    public CaseloadItem getChild() {
        return child;
    }

    public WorkItem getItem() {
        return item;
    }
}
