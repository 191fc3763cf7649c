package org.harbour.youthjustice.court.application;

import org.harbour.youthjustice.court.domain.PreSentenceReport;

import java.io.Serializable;
import java.time.LocalDate;

/** A pre-sentence report: asked, due, filed, and whether it is overdue today or was filed late. */
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final Long hearingId;
    private final LocalDate requestedOn;
    private final LocalDate dueOn;
    private final LocalDate filedOn;
    private final boolean overdue;
    private final boolean late;
    private final long version;

    public ReportView(PreSentenceReport r, String childName, LocalDate today) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.childName = childName;
        this.hearingId = r.getHearingId();
        this.requestedOn = r.getRequestedOn();
        this.dueOn = r.getDueOn();
        this.filedOn = r.getFiledOn();
        this.overdue = r.isOverdue(today);
        this.late = r.isLate();
        this.version = r.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public Long getHearingId() {
        return hearingId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isFiled() {
        return filedOn != null;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isLate() {
        return late;
    }

    public long getVersion() {
        return version;
    }
}
