package org.harbour.core.spi.module;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Something due about one child: what, by when, and whether it is already late. */
public final class WorkItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final long personId;
    private final String title;
    private final LocalDate dueOn;
    private final boolean overdue;
    private final String outcome;

    /**
     * @param title   e.g. {@code Single assessment due (45 working days)}
     * @param outcome a Faces outcome (view id with query) to act on the item, may be null
     */
    public WorkItem(String moduleId, long personId, String title, LocalDate dueOn, boolean overdue, String outcome) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.personId = personId;
        this.title = Objects.requireNonNull(title, "title");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.overdue = overdue;
        this.outcome = outcome;
    }

    public String getModuleId() {
        return moduleId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getOutcome() {
        return outcome;
    }
}
