package org.harbour.core.caseload.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One period of a case's allocation history, as pages and the API show it. */
public final class AllocationPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final long caseId;
    private final long caseVersion;
    private final String caseSummary;
    private final String worker;
    private final String workerName;
    private final long teamId;
    private final String team;
    private final LocalDate startedOn;
    private final LocalDate endedOn;
    private final String reason;
    private final String allocatedBy;
    private final Instant allocatedAt;

    public AllocationPeriod(long id, long version, long caseId, long caseVersion, String caseSummary, String worker, String workerName,
                            long teamId, String team, LocalDate startedOn, LocalDate endedOn, String reason,
                            String allocatedBy, Instant allocatedAt) {
        this.id = id;
        this.version = version;
        this.caseId = caseId;
        this.caseVersion = caseVersion;
        this.caseSummary = caseSummary;
        this.worker = worker;
        this.workerName = workerName;
        this.teamId = teamId;
        this.team = team;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.reason = reason;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCaseId() {
        return caseId;
    }

    /** The case's version, for closing it without overwriting a change made since. */
    public long getCaseVersion() {
        return caseVersion;
    }

    public String getCaseSummary() {
        return caseSummary;
    }

    /** The worker's username. */
    public String getWorker() {
        return worker;
    }

    public String getWorkerName() {
        return workerName;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public String getReason() {
        return reason;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }
}
