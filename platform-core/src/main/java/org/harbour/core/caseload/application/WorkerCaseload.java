package org.harbour.core.caseload.application;

import java.io.Serializable;
import java.util.List;

/** One worker of a manager's teams and the open cases allocated to them there. */
public final class WorkerCaseload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String jobTitle;
    private final List<CaseloadItem> cases;

    public WorkerCaseload(String username, String displayName, String jobTitle, List<CaseloadItem> cases) {
        this.username = username;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.cases = List.copyOf(cases);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public List<CaseloadItem> getCases() {
        return cases;
    }

    public int getCaseloadSize() {
        return cases.size();
    }
}
