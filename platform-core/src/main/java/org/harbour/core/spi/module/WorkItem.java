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
    private final String kind;

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
        this.kind = kindOf(title);
    }

    private WorkItem(WorkItem item, String kind) {
        this.moduleId = item.moduleId;
        this.personId = item.personId;
        this.title = item.title;
        this.dueOn = item.dueOn;
        this.overdue = item.overdue;
        this.outcome = item.outcome;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The same item with its kind named, for My work's filter, where the title's first words do not name it. */
    public WorkItem withKind(String kind) {
        return new WorkItem(this, kind);
    }

    /** The kind read from a title such as {@code CP visit due (every 10 working days)}: the words before "due" or "(". */
    static String kindOf(String title) {
        String t = title.strip();
        int cut = t.length();
        int due = t.indexOf(" due");
        if (due > 0) {
            cut = due;
        }
        int bracket = t.indexOf(" (");
        if (bracket > 0 && bracket < cut) {
            cut = bracket;
        }
        int colon = t.indexOf(": ");
        if (colon > 0 && colon < cut) {
            cut = colon;
        }
        return t.substring(0, cut);
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

    /** What sort of work it is, e.g. {@code CP visit}, {@code Case supervision}: My work filters on it. */
    public String getKind() {
        return kind;
    }
}
