package org.harbour.youthjustice.caution.application;

import org.harbour.youthjustice.caution.domain.CautionDuty;

import java.io.Serializable;
import java.time.LocalDate;

/** A duty to assess after a caution, as the due list, the child's page and the API show it. */
public class CautionDutyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final long outcomeId;
    private final String reason;
    private final LocalDate arisenOn;
    private final LocalDate dueOn;
    private final LocalDate assessedOn;
    private final String intervention;
    private final boolean overdue;
    private final long version;

    public CautionDutyView(CautionDuty d, String childName, LocalDate today) {
        this.id = d.getId();
        this.personId = d.getPersonId();
        this.childName = childName;
        this.outcomeId = d.getOutcomeId();
        this.reason = d.getReason();
        this.arisenOn = d.getArisenOn();
        this.dueOn = d.getDueOn();
        this.assessedOn = d.getAssessedOn();
        this.intervention = d.getIntervention();
        this.overdue = d.isOverdue(today);
        this.version = d.getVersion();
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

    public long getOutcomeId() {
        return outcomeId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getArisenOn() {
        return arisenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getIntervention() {
        return intervention;
    }

    public boolean isOwed() {
        return assessedOn == null;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public long getVersion() {
        return version;
    }
}
