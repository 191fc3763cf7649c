package org.harbour.core.caseload.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One of a child's open cases with its current allocation, as the record's summary shows it. */
public final class OpenCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long caseId;
    private final String summary;
    private final LocalDate openedOn;
    private final String worker;
    private final String team;
    private final LocalDate allocatedOn;

    public OpenCase(long caseId, String summary, LocalDate openedOn, String worker, String team, LocalDate allocatedOn) {
        this.caseId = caseId;
        this.summary = summary;
        this.openedOn = openedOn;
        this.worker = worker;
        this.team = team;
        this.allocatedOn = allocatedOn;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getWorker() {
        return worker;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }
}
