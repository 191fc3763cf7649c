package org.harbour.youthjustice.home.web;

import org.harbour.core.spi.module.WorkItem;

import java.io.Serializable;
import java.time.LocalDate;

/** One thing due for a child of the caseload, as My work has it, with the child's name for the home's table. */
public record DueItem(String childName, WorkItem item) implements Serializable {

    public String getChildName() {
        return childName;
    }

    public String getTitle() {
        return item.getTitle();
    }

    public LocalDate getDueOn() {
        return item.getDueOn();
    }

    public boolean isOverdue() {
        return item.isOverdue();
    }

    public String getOutcome() {
        return item.getOutcome();
    }

    public long getPersonId() {
        return item.getPersonId();
    }
}
