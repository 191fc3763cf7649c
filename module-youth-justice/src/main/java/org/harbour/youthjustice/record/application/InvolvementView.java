package org.harbour.youthjustice.record.application;

import org.harbour.youthjustice.record.domain.YjInvolvement;

import java.io.Serializable;
import java.time.LocalDate;

/** The youth justice service's involvement with a child and its case manager. */
public class InvolvementView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final String caseManager;
    private final long version;

    public InvolvementView(YjInvolvement i, String childName) {
        this.id = i.getId();
        this.personId = i.getPersonId();
        this.childName = childName;
        this.startedOn = i.getStartedOn();
        this.endedOn = i.getEndedOn();
        this.caseManager = i.getCaseManager();
        this.version = i.getVersion();
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

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public long getVersion() {
        return version;
    }
}
