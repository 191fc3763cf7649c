package org.harbour.core.caseload.application;

import java.io.Serializable;

/** A worker in one of a manager's teams, as a choice when allocating: "Priya Shah (Family Safeguarding)". */
public final class WorkerChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final long teamId;
    private final String team;

    public WorkerChoice(String username, String displayName, long teamId, String team) {
        this.username = username;
        this.displayName = displayName;
        this.teamId = teamId;
        this.team = team;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTeam() {
        return team;
    }

    /** The value of a choice in a form: worker and team together. */
    public String getKey() {
        return username + "@" + teamId;
    }

    public String getLabel() {
        return displayName + " (" + team + ")";
    }
}
