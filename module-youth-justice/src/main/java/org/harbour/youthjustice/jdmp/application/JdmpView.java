package org.harbour.youthjustice.jdmp.application;

import org.harbour.youthjustice.jdmp.domain.JdmpReferral;

import java.io.Serializable;
import java.time.LocalDate;

/** A panel referral as pages and the API show it: the child, the offence in words, the dates and the decision. */
public class JdmpView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final long offenceId;
    private final String offence;
    private final LocalDate referredOn;
    private final LocalDate assessmentDue;
    private final boolean assessmentOverdue;
    private final LocalDate assessedOn;
    private final String decision;
    private final String decisionLabel;
    private final LocalDate decidedOn;
    private final Long outcomeId;
    private final String attendees;
    private final Integer panelGravity;
    private final String cautionConditions;
    private final LocalDate conditionsEndOn;
    private final long version;

    public JdmpView(JdmpReferral r, String childName, String offence, String decisionLabel, LocalDate today) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.childName = childName;
        this.offenceId = r.getOffenceId();
        this.offence = offence;
        this.referredOn = r.getReferredOn();
        this.assessmentDue = r.getAssessmentDue();
        this.assessmentOverdue = r.isAssessmentOutstanding() && r.getAssessmentDue().isBefore(today);
        this.assessedOn = r.getAssessedOn();
        this.decision = r.getDecisionCode();
        this.decisionLabel = decisionLabel;
        this.decidedOn = r.getDecidedOn();
        this.outcomeId = r.getOutcomeId();
        this.attendees = r.getAttendees();
        this.panelGravity = r.getPanelGravity();
        this.cautionConditions = r.getCautionConditions();
        this.conditionsEndOn = r.getConditionsEndOn();
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

    public long getOffenceId() {
        return offenceId;
    }

    public String getOffence() {
        return offence;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAssessmentDue() {
        return assessmentDue;
    }

    public boolean isAssessmentOverdue() {
        return assessmentOverdue;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecisionLabel() {
        return decisionLabel;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    /** Who sat on the panel that decided. */
    public String getAttendees() {
        return attendees;
    }

    /** The gravity score the panel settled on. */
    public Integer getPanelGravity() {
        return panelGravity;
    }

    /** A youth conditional caution's conditions. */
    public String getCautionConditions() {
        return cautionConditions;
    }

    /** The day a youth conditional caution's conditions must be met by. */
    public LocalDate getConditionsEndOn() {
        return conditionsEndOn;
    }

    public long getVersion() {
        return version;
    }
}
