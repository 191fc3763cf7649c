package org.harbour.pause.programme.application;

import java.io.Serializable;
import java.time.LocalDate;

/** Something due for a woman on the caseload. */
public final class DueItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long participationId;
    private final long personId;
    private final String name;
    private final String title;
    private final LocalDate dueOn;
    private final boolean overdue;

    public DueItem(long participationId, long personId, String name, String title, LocalDate dueOn, boolean overdue) {
        this.participationId = participationId;
        this.personId = personId;
        this.name = name;
        this.title = title;
        this.dueOn = dueOn;
        this.overdue = overdue;
    }

    public long getParticipationId() { return participationId; }
    public long getPersonId() { return personId; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isOverdue() { return overdue; }
    /** Overdue said in words, never by colour alone. */
    public String getStatus() { return overdue ? "Overdue" : "Due"; }
}
