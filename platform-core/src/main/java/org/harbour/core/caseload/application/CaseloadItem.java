package org.harbour.core.caseload.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a worker's caseload, as the home page shows it. */
public final class CaseloadItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long caseId;
    private final long personId;
    private final String childName;
    private final LocalDate dateOfBirth;
    private final Integer age;
    private final String summary;
    private final String team;
    private final LocalDate allocatedOn;

    public CaseloadItem(long caseId, long personId, String childName, LocalDate dateOfBirth, Integer age, String summary,
                        String team, LocalDate allocatedOn) {
        this.caseId = caseId;
        this.personId = personId;
        this.childName = childName;
        this.dateOfBirth = dateOfBirth;
        this.age = age;
        this.summary = summary;
        this.team = team;
        this.allocatedOn = allocatedOn;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Integer getAge() {
        return age;
    }

    public String getSummary() {
        return summary;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }
}
